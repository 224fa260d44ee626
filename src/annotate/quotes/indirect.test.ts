import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findQuotes } from "./index.js";
import { attributionAfter } from "./source.js";
import { indirectAttributions as indirect, makeDoc } from "./testing.js";

describe("reported speech without marks", () => {
  const rows: [string, string, [string, string, string][]][] = [
    [
      "negatedAuxiliary: a clause with 'didn't' has its verb, so '…, he said, adding …' ends the report at the aside",
      "The board didn't pick any single supplier for the work, Ann Gray said, adding that the price was fixed.",
      [["The board didn't pick any single supplier for the work", "said", "Ann Gray"]],
    ],
    [
      "a name after the verb that an adverb and a finite verb follow is the reported clause's subject",
      "Ann Gray, a pastor who leads a large church, said Mr. Lee also has developed a following.",
      [["Mr. Lee also has developed a following", "said", "Ann Gray, a pastor"]],
    ],
    [
      "a titled hearer's whole name is the hearer, and a quoted infinitive after it no inverted source",
      "Former Speaker Ann Gray, who left the post in 1999, warned Mr. Lee to “be very cautious” about a run.",
      [["to “be very cautious” about a run", "warned", "Former Speaker Ann Gray"]],
    ],
    [
      "the noun after 'that' right before the verb is its source, whatever opens the sentence",
      "Ann Gray resigned on Monday, with the council nearing a vote on the levy that critics said would ruin the port.",
      [["would ruin the port", "said", "critics"]],
    ],
    [
      "a subordinating conjunction after 'that' is no part of the source",
      "It is also true that while the police say the driver fled, no one saw him.",
      [["the driver fled", "say", "the police"]],
    ],
    [
      "an object-taking verb whose clause has its own verb before a subordinate clause",
      "The mayor declared the city would rebuild after the flood receded.",
      [["the city would rebuild after the flood receded", "declared", "The mayor"]],
    ],
    [
      "asideBeforeMain: a verb in a leading 'As' aside gives way to the main clause's attribution after the comma",
      "As I pointed out last week, the historian Ada Vance concludes that the ferry tax will never pay for itself.",
      [["the ferry tax will never pay for itself", "concludes", "the historian Ada Vance"]],
    ],
    [
      "asideBeforeMain: a time adjunct after the aside's verb does not carry it to the main clause",
      "As we wrote yesterday, the audit concludes that the depot lost money for years.",
      [["the depot lost money for years", "concludes", "the audit"]],
    ],
    [
      "asideBeforeMain: an aside whose main clause has no attribution attributes the main clause",
      "As I wrote last week, the ferry plan is doomed.",
      [["the ferry plan is doomed", "wrote", "I"]],
    ],
    [
      "existentialRelative: the source of 'there are N who say' is the noun the relative describes",
      "There are hundreds of dock workers who say the new cranes are unsafe.",
      [["the new cranes are unsafe", "say", "hundreds of dock workers"]],
    ],
    [
      "existentialRelative: 'it was one of the N who said' likewise",
      "It was one of the porters who said the cellar had flooded twice.",
      [["the cellar had flooded twice", "said", "one of the porters"]],
    ],
    [
      "tellToRequest: 'told' a hearer of several words and an infinitive is a request, read with its object",
      "The coach told his tired players to stop arguing with the referees.",
      [["his tired players to stop arguing with the referees", "told", "The coach"]],
    ],
    [
      "tellToRequest: a one-word hearer likewise",
      "The warden told visitors to leave their phones at the gate.",
      [["visitors to leave their phones at the gate", "told", "The warden"]],
    ],
    [
      "tellToRequest: a hearer and a clause with an infinitive inside it stays a reported clause",
      "She told the council the scheme had been dropped to save money.",
      [["the scheme had been dropped to save money", "told", "She"]],
    ],
    [
      "tellToRequest: a contraction after the hearer opens a reported clause, not a request",
      "The warden tells reporters he's done with the night ferry.",
      [["he's done with the night ferry", "tells", "The warden"]],
    ],
    [
      "tellToRequest: a negated request keeps its negation",
      "The ranger told us not to feed the geese.",
      [["us not to feed the geese", "told", "The ranger"]],
    ],
    [
      "asideBeforeMain: a verb before a comma and 'that' is an aside's, not the verb that 'that' follows",
      "The tide tables showed, as any sailor could guess, that the pier floods in March.",
      [["the pier floods in March", "showed", "The tide tables"]],
    ],
    [
      "participleInContent: a participle of saying inside a leading attribution's clause is a second attribution",
      "The harbour master said the pier was safe, adding that repairs would start in May.",
      [
        ["the pier was safe", "said", "The harbour master"],
        ["repairs would start in May", "adding", "The harbour master"],
      ],
    ],
    [
      "participleInContent: without 'that' the second clause needs a verb of its own",
      "The harbour master said the pier was busy, adding three new berths to the plan.",
      [["the pier was busy, adding three new berths to the plan", "said", "The harbour master"]],
    ],
    [
      "participleAfterQuotation: a participle of saying after a quotation's trailing attribution",
      "“The pier is safe,” the harbour master said on Monday, noting that the storm had passed.",
      [["the storm had passed", "noting", "the harbour master"]],
    ],
    [
      "possessiveTitledName: a possessive name, a title and a name are one subject of a participle",
      "Ann Gray’s campaign manager Jo Lund spoke on Monday, arguing that the count was flawed.",
      [["the count was flawed", "arguing", "Ann Gray’s campaign manager Jo Lund"]],
    ],
    [
      "possessiveTitledName: a possessive and one noun before the verb",
      "Ann Gray’s lawyer spoke on Monday, arguing that the count was flawed.",
      [["the count was flawed", "arguing", "Ann Gray’s lawyer"]],
    ],
    [
      "appositionAfterName: a possessive apposition after the subject's name belongs to the source",
      "Jo Lund, Ann Gray’s rival in the race, spoke on Monday, arguing that the count was flawed.",
      [["the count was flawed", "arguing", "Jo Lund, Ann Gray’s rival in the race"]],
    ],
    [
      "goingOn: 'continue to' and a verb of saying goes on saying",
      "Critics continue to insist that the ferry tax is unfair.",
      [["the ferry tax is unfair", "continue", "Critics"]],
    ],
    [
      "findingOut: 'has learned' closing the sentence attributes it to the outlet",
      "The harbour board hid its losses for years, the Gazette has learned.",
      [["The harbour board hid its losses for years", "has learned", "the Gazette"]],
    ],
    [
      "X said that …",
      "The governor said that the bridge would reopen in May.",
      [["the bridge would reopen in May", "said", "The governor"]],
    ],
    [
      "a by-phrase between the verb and that is an adjunct",
      "Mr Lane is quoted as saying by the Daily Courier that he expects the trial to start soon.",
      [["he expects the trial to start soon", "saying", "Mr Lane"]],
    ],
    [
      "a participle clause between commas describes the noun before it: its time is not the source",
      "Hosts of the fair, planned to run from 9 a.m. Friday to noon Saturday, said it was cancelled.",
      [["it was cancelled", "said", "Hosts of the fair"]],
    ],
    [
      "a participle clause naming a place after a noun is not the source either",
      "The bakery, based in Leeds, said prices would rise.",
      [["prices would rise", "said", "The bakery"]],
    ],
    [
      "X said … (no that)",
      "Officials said the storm had weakened overnight.",
      [["the storm had weakened overnight", "said", "Officials"]],
    ],
    [
      "a subject pronoun after other words is the source alone",
      "That also means she probably says the report sat on her desk for so long.",
      [["the report sat on her desk for so long", "says", "she"]],
    ],
    [
      "a prepositional phrase after an intransitive reporting verb is no content",
      "On Tuesday the director was back as she testified for the second time in two weeks on Capitol Hill.",
      [],
    ],
    [
      "a second predicate joined by and is no content",
      "Other officials have already testified, and will continue to give their testimony on Wednesday.",
      [],
    ],
    [
      "the object of a verb in a relative clause is no content; a clause there ends at the relative's comma",
      "But Holm, who first acknowledged the program, has faced scrutiny. Lee, who first acknowledged the program was flawed, resigned.",
      [["the program was flawed", "acknowledged", "Lee"]],
    ],
    [
      "a party tag between commas belongs to the name before it",
      "Sen. Anna Holm, R-Ky., said the bill would fail. Sen. Ed Lane, Republican of Louisiana, said it would pass.",
      [
        ["the bill would fail", "said", "Sen. Anna Holm"],
        ["it would pass", "said", "Sen. Ed Lane"],
      ],
    ],
    [
      "a time adjunct before the subject is not a name it describes",
      "Eight years later, the port authority said the bill would fail.",
      [["the bill would fail", "said", "the port authority"]],
    ],
    [
      "an inverted attribution with an apposition trails its content",
      "Raising money is not the same as having a message, warns Ed Lane, a strategist in Los Angeles.",
      [["Raising money is not the same as having a message", "warns", "Ed Lane"]],
    ],
    [
      "a focus adverb before the subject of a participle is not the source",
      "Even some senators are now warning that the plan will fail.",
      [["the plan will fail", "warning", "some senators"]],
    ],
    [
      "X told reporters …",
      "The coach told reporters that the team was ready.",
      [["the team was ready", "told", "The coach"]],
    ],
    [
      "trailing: …, X said.",
      "The factory will close next year, two workers said.",
      [["The factory will close next year", "said", "two workers"]],
    ],
    [
      "trailing with title",
      "Prices rose again in March, the central bank reported on Friday.",
      [["Prices rose again in March", "reported", "the central bank"]],
    ],
    [
      "according to, leading",
      "According to the report, crime fell by a third.",
      [["crime fell by a third", "According to", "the report"]],
    ],
    [
      "according to, trailing",
      "Crime fell by a third, according to the police.",
      [["Crime fell by a third", "according to", "the police"]],
    ],
    [
      "a second verb after but shares the subject of the first",
      "The freshmen, who largely represent swing districts, risk their own reelections but said they could no longer stand idle.",
      [["they could no longer stand idle", "said", "The freshmen"]],
    ],
    [
      "an adverb between the subject and the verb is not part of the source",
      "Earlier, officials privately claimed the deal would collapse.",
      [["the deal would collapse", "claimed", "officials"]],
    ],
    [
      "even between the subject and the verb is not part of the source",
      "Some analysts even predict the president could push for a summit next year.",
      [["the president could push for a summit next year", "predict", "Some analysts"]],
    ],
    [
      "an adjunct between the verb and that",
      "Senate leaders said in a joint statement late on Tuesday that the plan would cost more than expected.",
      [["the plan would cost more than expected", "said", "Senate leaders"]],
    ],
    [
      "and inside a committee's name does not cut the source",
      "Senator Tom Carper, the top Democrat on the Environment and Public Works Committee, said on Tuesday that the backlog is huge.",
      [
        [
          "the backlog is huge",
          "said",
          "Senator Tom Carper, the top Democrat on the Environment and Public Works Committee",
        ],
      ],
    ],
    [
      "trailing, verb before the source",
      "However, debates in and of themselves are not likely to alter the race, noted the pollster Dan Weiss.",
      [["However, debates in and of themselves are not likely to alter the race", "noted", "the pollster Dan Weiss"]],
    ],
    [
      "trailing, with the hearer of told",
      "The plant will close in May after years of heavy losses, a manager told the local paper.",
      [["The plant will close in May after years of heavy losses", "told", "a manager"]],
    ],
    [
      "told without that: the hearer is not part of the content",
      "The mayor told reporters the bridge would reopen in May.",
      [["the bridge would reopen in May", "told", "The mayor"]],
    ],
    [
      "a modal between the subject and the verb is not part of the source",
      "As a regular shopper, I can testify that prices are rising quickly.",
      [["prices are rising quickly", "testify", "I"]],
    ],
    [
      "an object relative clause: its own subject is the source",
      "The march followed the death of Lee Park, whom police have said was shot during a struggle.",
      [["was shot during a struggle", "have said", "police"]],
    ],
    [
      "a verb after and with auxiliaries shares the subject of the clause",
      "Officials have refused to name the driver, citing his safety, and have also said there is no video of the crash.",
      [["there is no video of the crash", "have also said", "Officials"]],
    ],
    [
      "a name joined by and to a second speaker is one source",
      "Garcia and another witness both say the car never stopped.",
      [["the car never stopped", "say", "Garcia and another witness"]],
    ],
    [
      "what it said: the pronoun is the source",
      "The group released what it said were recordings of the dispatch calls.",
      [["were recordings of the dispatch calls", "said", "it"]],
    ],
    [
      "a comma after that is not part of the content",
      "The chief said that, despite the tension, his officers would stay.",
      [["despite the tension, his officers would stay", "said", "The chief"]],
    ],
    [
      "a segment of adverbs alone is not the source",
      "Advocates of the plan — its self-appointed guardians — cynically countered that the rules were a ploy.",
      [["the rules were a ploy", "countered", "Advocates of the plan — its self-appointed guardians"]],
    ],
    [
      "a whole apposition after a short name keeps the name",
      "Lee Ward, an activist based in New York City, told the paper that she had planned to march again.",
      [["she had planned to march again", "told", "Lee Ward, an activist based in New York City"]],
    ],
    [
      "a participle's source is the clause subject, a common opener heading its phrase",
      "Top organizers, including a founder, have called for the board to step down, arguing that it has lost its way.",
      [["it has lost its way", "arguing", "Top organizers"]],
    ],
    [
      "a parenthetical after the name is not the source",
      "Sen. Jo Collins (R-Maine), who had long refused to say how she would vote, announced she will not back the bill.",
      [["she will not back the bill", "announced", "Sen. Jo Collins"]],
    ],
    [
      "a noun phrase closed by a comma is the participle's whole source",
      "A group of 50 senior security officials, all veterans of past administrations, signed a letter warning that the plan would fail.",
      [["the plan would fail", "warning", "A group of 50 senior security officials"]],
    ],
    [
      "a time adjunct after the verb is not part of what was said",
      "The mayor said Saturday she would name a new chief within a month.",
      [["she would name a new chief within a month", "said", "The mayor"]],
    ],
    [
      "a preposition and a determiner open an adverbial, not the subject",
      "Around the same time, the agency blocked the grant, suggesting that the town may have faced pressure.",
      [["the town may have faced pressure", "suggesting", "the agency"]],
    ],
    [
      "a preposition after a noun for people qualifies it",
      "Many county officials in Nevada reportedly stated they would not enforce the new law.",
      [["they would not enforce the new law", "stated", "Many county officials in Nevada"]],
    ],
    [
      "a conjunction opening the last segment is not part of the source",
      "It is the year his term in the Senate ends, and he said he is weighing a run for both seats.",
      [["he is weighing a run for both seats", "said", "he"]],
    ],
    [
      "a segment of though alone is not the source",
      "Mr. Hale, though, said in his interview that the senator had changed her mind.",
      [["the senator had changed her mind", "said", "Mr. Hale"]],
    ],
    [
      "a weekday segment is not a participle's subject, and that before is opens the content",
      "Monday, the mayor is saying that is not what he meant at all.",
      [["that is not what he meant at all", "is saying", "the mayor"]],
    ],
    [
      "an attribution set off by commas inside the clause it reports",
      "Harold Park, writes the historian Ann Yates, won 77 percent of the vote in 1948.",
      [
        [
          "Harold Park, writes the historian Ann Yates, won 77 percent of the vote in 1948",
          "writes",
          "the historian Ann Yates",
        ],
      ],
    ],
    [
      "an age after a name belongs to the name",
      "Her father, Brad, 39, worried that too many voters would stay home.",
      [["too many voters would stay home", "worried", "Brad"]],
    ],
    [
      "a segment that only says when is not the subject",
      "Eight years ago, he backed the other candidate and argued that she had done nothing for the city.",
      [["she had done nothing for the city", "argued", "he"]],
    ],
    [
      "a time between the subject and the verb is not part of the source",
      "Prosecutors on Monday said they oppose any delay in the trial.",
      [["they oppose any delay in the trial", "said", "Prosecutors"]],
    ],
    [
      "an adverb between the subject and the verb, or a segment of auxiliaries and adverbs, is not the source",
      "He instead told the interviewer that he had to go and see him.",
      [["he had to go and see him", "told", "He"]],
    ],
    [
      "a name ending an apposition belongs to it; the name it describes is the source",
      "Prince Ben, the younger brother of the heir, Carl, has reportedly told friends that the interview was a success.",
      [["the interview was a success", "told", "Prince Ben, the younger brother of the heir, Carl"]],
    ],
    [
      "an attribution inside the sentence after its subject attributes the whole sentence",
      "The new rule, she says, is far too strict.",
      [["The new rule, she says, is far too strict", "says", "she"]],
    ],
    [
      "an attribution inside the sentence that a joined clause continues",
      "The mill had no unpaid debts, the owner added, and had passed every inspection.",
      [["The mill had no unpaid debts, the owner added, and had passed every inspection", "added", "the owner"]],
    ],
    [
      "a participle after an attribution inside the sentence is the narrator's",
      "Business was slow, he said, wiping flour off his hands.",
      [["Business was slow", "said", "he"]],
    ],
    [
      "after an adverb and an attribution inside the sentence, the clause with its own subject",
      "Still, the coach said, the team will travel on Friday.",
      [["the team will travel on Friday", "said", "the coach"]],
    ],
    [
      "after an open conjunction and an attribution inside the sentence, the clause after it",
      "The vote failed because, she said, two members stayed home.",
      [["two members stayed home", "said", "she"]],
    ],
    [
      "a clause whose subject opens with the same is reported",
      "Mr. Oduya said the same method could be used on older bridges.",
      [["the same method could be used on older bridges", "said", "Mr. Oduya"]],
    ],
    [
      "a name between commas far after the verb does not make it an inverted attribution",
      "Port officials said they met the owner and his partner, Tomas Reyes, at the harbour.",
      [["they met the owner and his partner, Tomas Reyes, at the harbour", "said", "Port officials"]],
    ],
    [
      "an according-to source with a title's full stop and an apposition",
      "The plant closed in May, according to Dr. Ana Ruiz, a historian at the county museum.",
      [["The plant closed in May", "according to", "Dr. Ana Ruiz, a historian at the county museum"]],
    ],
    [
      "an according-to source with an abbreviation's full stops",
      "The sale went ahead, according to F.A.A. records kept by the airport.",
      [["The sale went ahead", "according to", "F.A.A. records kept by the airport"]],
    ],
    [
      "a long according-to source before the clause",
      "According to early results of a survey conducted for the two largest newspapers in the state by a polling firm in Denver, turnout fell sharply this year.",
      [
        [
          "turnout fell sharply this year",
          "According to",
          "early results of a survey conducted for the two largest newspapers in the state by a polling firm in Denver",
        ],
      ],
    ],
    [
      "a capitalised preposition before a plural does not make a verb of it",
      "In terms of costs, according to an analysis by the county, a total of 27 rules have been dropped.",
      [["a total of 27 rules have been dropped", "according to", "an analysis by the county"]],
    ],
    [
      "an according-to source that is a web address",
      "The couple ran a bakery in Lyon, according to lyon-news.fr.",
      [["The couple ran a bakery in Lyon", "according to", "lyon-news.fr"]],
    ],
    [
      "a trailing source of a few words ending in a noun for people who speak",
      "The river rose two feet overnight, county officials said.",
      [["The river rose two feet overnight", "said", "county officials"]],
    ],
    [
      "a trailing name after its verb with an apposition",
      "The budget is too small, said Ana Ruiz, director of the city's parks department.",
      [["The budget is too small", "said", "Ana Ruiz"]],
    ],
    [
      "a name between commas after its verb that the clause goes on past is a parenthetical",
      "Both of these, said Ana Ruiz, favored the mayor.",
      [["Both of these, said Ana Ruiz, favored the mayor", "said", "Ana Ruiz"]],
    ],
    [
      "a trailing name after its verb with a relative clause",
      "The budget is too small, said Ana Ruiz, who runs the city's parks department.",
      [["The budget is too small", "said", "Ana Ruiz"]],
    ],
    [
      "beside a quotation: a trailing attribution that a participle hands over to the quotation",
      "The bridge will reopen in May, the mayor said, adding, “We are ahead of schedule.”",
      [["The bridge will reopen in May", "said", "the mayor"]],
    ],
    [
      "beside a quotation: a clause joined after the quotation's attribution",
      "“It hurts,” said Mr. Priebus, though he added that he expected the flap to fade quickly.",
      [["he expected the flap to fade quickly", "added", "he"]],
    ],
    [
      "relative after a quotation: a who-clause with a verb of saying after the quotation's source",
      "“We are not done yet,” said Nora Pike, who said the union would strike in March.",
      [["the union would strike in March", "said", "who"]],
    ],
    [
      "relative after a quotation: a short apposition between the source and who, and that after the verb",
      "“It was a long night,” said Tom Hale, 52, from Dover, who added that he had voted twice before.",
      [["he had voted twice before", "added", "who"]],
    ],
    [
      "relative after a quotation: a who-clause whose verb has a plain object reports nothing",
      "“Thanks,” said Nora Pike, who said nothing more to the crowd.",
      [],
    ],
    [
      "relative after a quotation: a who-clause after a source before its verb is not read",
      "“We are not done yet,” Nora Pike said, who said the union would strike in March.",
      [],
    ],
    [
      "possessive hearer: the hearer runs through the lower-case words after the possessive",
      "He told Norway's new prime minister the treaty would hold.",
      [["the treaty would hold", "told", "He"]],
    ],
    [
      "possessive hearer: a name after the possessive, then the clause",
      "She told the Gazette's Ray Moss she had no plans to resign.",
      [["she had no plans to resign", "told", "She"]],
    ],
    [
      "possessive hearer: with that, the content still starts after it",
      "The envoy told Norway's new prime minister that the treaty would hold.",
      [["the treaty would hold", "told", "The envoy"]],
    ],
    [
      "possessive hearer: a programme's title in marks, then the clause",
      "He told the network’s “Morning Hour” such a plan would be costly.",
      [["such a plan would be costly", "told", "He"]],
    ],
    [
      "possessive hearer: a programme's title in marks and its noun before that",
      "She told the station’s “Open Line” show that the fares would rise.",
      [["the fares would rise", "told", "She"]],
    ],
    [
      "with-absolute: before the main clause it is left to the main clause's reading",
      "Still, with Jo Roe saying the plan failed, voters stayed home.",
      [],
    ],
    [
      "with-absolute: a name right before the participle is its source, not the main clause's subject",
      "Senators met for hours, with Governor Ida Moss claiming that the vote was a sham.",
      [["the vote was a sham", "claiming", "Governor Ida Moss"]],
    ],
    [
      "with-absolute: a lower-case title and a name",
      "Farmers were furious on Friday, with former senator Ed Lane arguing that the tariff had failed.",
      [["the tariff had failed", "arguing", "former senator Ed Lane"]],
    ],
    [
      "with-absolute: a noun for people who speak",
      "Prices kept climbing, with economists warning that a slump was near.",
      [["a slump was near", "warning", "economists"]],
    ],
    [
      "a hearer opened by a determiner is no part of what was told",
      "She told the committee the plan was dead.",
      [["the plan was dead", "told", "She"]],
    ],
    [
      "a hearer with a name and a lower-case noun ends before the clause's subject",
      "She told the awards panel she was humbled by the prize.",
      [["she was humbled by the prize", "told", "She"]],
    ],
    [
      "a hearer with an of-phrase, then an adjunct before that",
      "She told a gathering of state officials on Friday that the test was too hard.",
      [["the test was too hard", "told", "She"]],
    ],
    [
      "a date after the hearer's noun, then that, is no clause's subject",
      "He told his radio listeners May 4 that the ferry would stop.",
      [["the ferry would stop", "told", "He"]],
    ],
    [
      "a hearer made of names joined by and",
      "Officials told the Harbour Gazette and Island Radio that the fire was arson.",
      [["the fire was arson", "told", "Officials"]],
    ],
    [
      "an attribution inside a leading subordinate clause reports up to the main clause",
      "After the mayor said the bridge was unsafe, the council closed it for a month.",
      [["the bridge was unsafe", "said", "the mayor"]],
    ],
    [
      "a comma inside quotation marks does not close the subordinate clause",
      "After Jo Lee said the count was “close, we think,” the board voted for it.",
      [["the count was “close, we think,”", "said", "Jo Lee"]],
    ],
    [
      "a contraction opens the main clause",
      "Although Jo Roe conceded the count was close, it’s the vote that matters now.",
      [["the count was close", "conceded", "Jo Roe"]],
    ],
    [
      "a comma before a predicate with no subject of its own does not close the subordinate clause",
      "When the union vowed to strike, raise dues and picket the plant, the firm gave in.",
      [["to strike, raise dues and picket the plant", "vowed", "the union"]],
    ],
    [
      "point out: the particle belongs to the verb, and what follows it is reported",
      "Jane Roe points out that the fund is empty.",
      [["the fund is empty", "points", "Jane Roe"]],
    ],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(indirect(text), expected));

  const negatives: [string, string][] = [
    [
      "a clause of time after the comma ends in a verb of speech",
      "Though the plan drew some criticism, the pupils were seated to one side while the mayor spoke.",
    ],
    [
      "an object-taking verb whose only finite verb is in a subordinate clause",
      "Police declared the assembly unlawful before the rally began.",
    ],
    [
      "a declared state with a time, then a subordinate clause",
      "The governor declared a state of emergency on Saturday after the storm hit.",
    ],
    ["a noun that looks like a verb", "The head of state visited the port and met the crew."],
    ["an adjective that looks like a verb", "The continued presence of troops worried the town."],
    ["a short object", "He said nothing."],
    [
      "a passive tail after a quotation owns only the quotation",
      "It avoided a conflict like “the old trap”, as argued by critics.",
    ],
    ["a direct quotation is not reported twice", "“The bridge is safe,” the engineer said."],
    [
      "an impersonal passive names no source",
      "It should also be noted that the market can and does correct itself over time.",
    ],
    [
      "a reporting-verb form inside a name is no verb",
      "The United States and China trade goods worth about 650 billion dollars each year.",
    ],
    [
      "words inside quotation marks are never the source",
      "The senator, if elected, “will restore access while protecting objectors from having to provide it,” predicts Dana Roe, an expert on law.",
    ],
    [
      "a last clause whose verb takes an object is the sentence's own, not an attribution",
      "Earlier that evening, a delegate tried to convince me that while the mayor had endorsed the plan, he had not yet conceded the race, as if it mattered.",
    ],
    [
      "an infinitive after a trailing verb makes it the sentence's own",
      "As anyone who shops knows, food costs continue to rise sharply.",
    ],
    [
      "tell with a preposition after the hearer reports no clause",
      "This report does not tell us about the level of demand.",
    ],
    [
      "that before an infinitive is a pronoun",
      "If prices start to rise again, and I expect that to be the case, the recovery is slowing.",
    ],
    [
      "a noun-like form before an auxiliary is a noun",
      "The June reports are looking a lot better than the spring figures.",
    ],
    ["a noun-like form after a quantifier is a noun", "Most state lawmakers want to see the old ruling overturned."],
    [
      "a noun-like form without that is a noun",
      "During the hearing, a Republican state senator from Iowa, Jo Lee, laughed at the notion of a new tax.",
    ],
    [
      "a noun-like form after a possessive is a noun",
      "Contrary to the agency’s claim, records obtained by the paper show the site was never inspected.",
    ],
    [
      "a verb with a plain object reports no clause",
      "Mining employment maintained its downward trend, shedding 10,000 positions.",
    ],
    ["charged with is no report", "The driver was later charged with first-degree manslaughter in the crash."],
    [
      "a participle after a determiner and an adverb describes a noun",
      "The newly announced cases ranged from a prosecutor to 11 athletes on the team.",
    ],
    [
      "a relative that is not a reported clause's opener",
      "The mayor replied angrily to a new poll that found most residents want him to resign.",
    ],
    [
      "a verb followed by an adverb and no that reports no clause",
      "The mayor tweeted angrily in a response to the new poll on housing.",
    ],
    [
      "said as much reports no content",
      "The host, the most watched in cable news, said as much last night on his program.",
    ],
    [
      "a prepositional phrase is no content",
      "It is an open question due to remarks the mayor said on news shows over the weekend.",
    ],
    [
      "a name alone before a trailing tail is a quotation's attribution",
      "“Will this ever end?” Jane Roe, the paper's law editor, wrote on April 22.",
    ],
    [
      "a question after tell reports nothing said",
      "Though trackers cannot tell whether the voters picked either side, the counts go on.",
    ],
    [
      "a passive verb of telling has no speaker as its subject",
      "After all this, we’re told we are making the same old excuses again.",
    ],
    [
      "a passive verb of saying before to names no speaker",
      "His mother, Queen Ada, was said to have been disapproving of the idea.",
    ],
    [
      "beside a quotation: a request or a question is the quotation's setting",
      "Lee had a revealing answer when asked who he expects will win the race: “With an eye toward March, Ohio,” he said.",
    ],
    [
      "beside a quotation: a participle far from the quotation hands nothing over",
      "But behind closed doors, Lee was recorded saying last week that voters are asking themselves, “Who do we trust?”",
    ],
    [
      "an according-to source does not run over a full stop that lost its space",
      "The server was breached, according to the Times.But they did not reach the archive.",
    ],
    ["the same as the whole object reports no content", "Half of the workers said the same of the new manager."],
    [
      "a passive participle of declaring has no speaker as its subject",
      "Mr. Ortiz was declared the winner of the race in 2004.",
    ],
    [
      "an impersonal passive with an adverb names no source",
      "It was widely reported that the mayor paid $2 million for the land.",
    ],
    [
      "an adjective after a possessive and an adverb is no verb",
      "The firm's emotionally charged launch is the sort of event the board fears.",
    ],
    [
      "point alone is a noun: a tipping point",
      "Now the harbour has reached a point that threatens to ruin the trade we built.",
    ],
    ["point to is no saying", "Supporters pointed to figures that show the fund is empty."],
    ["a story told is narration", "He told the story of his grandmother and her first ferry."],
    [
      "goingOn: 'continue to' and another verb reports nothing",
      "Lawmakers continue to have doubts that go far beyond the memo.",
    ],
    ["findingOut: 'learned' with an object reports nothing", "The mayor has learned the hard way that voters forget."],
    ["tellToRequest: a pronoun hearer and 'of' is no request", "The brochure tells them of great things to come."],
    [
      "beside a quotation: its introduction reports nothing more",
      "After the vote, the mayor told reporters in a statement: “We lost the count.”",
    ],
  ];
  for (const [name, text] of negatives) it(`not indirect: ${name}`, () => assert.deepEqual(indirect(text), []));
});

describe("the source of a quotation after a participle", () => {
  it("is the subject of the clause, not the words before the participle", () => {
    const text =
      'Ann Lee, the paper\'s executive editor, issued a statement saying "there was absolutely no justification" for the arrest of her reporter.';
    const [q] = findQuotes(makeDoc(text, [{ name: "Ann Lee" }])).filter((x) => x.kind !== "indirect");
    assert.ok(q?.source);
    assert.equal(text.slice(q.source.start, q.source.end), "Ann Lee, the paper's executive editor");
  });
});

describe("a section label before a colon is not a speaker", () => {
  for (const label of ["ANALYSIS/OPINION", "IN A NUTSHELL"])
    it(label, () => {
      const text = `${label}: “The practice was a house of horrors, and everyone knew it,” the report found years later.`;
      const sources = findQuotes(makeDoc(text)).map((q) => (q.source ? text.slice(q.source.start, q.source.end) : ""));
      assert.ok(!sources.includes(label), sources.join(", "));
    });
});

describe("a source after its verb runs past the full stop of a short title or a middle initial", () => {
  for (const [text, source] of [
    ["“That is probably true,” said Sen. Lindsey Graham (R-SC).", "Sen. Lindsey Graham"],
    ["“We will see,” said Rep. Adam Schiff, a Democrat.", "Rep. Adam Schiff"],
    ["“Yes,” said John F. Kennedy.", "John F. Kennedy"],
    ["“No,” said the U.S. The plan failed.", "the U.S"],
    ["“The fund is empty,” points out economist Jane Roe.", "economist Jane Roe"],
    ["“The shelter is full,” volunteers said.", "volunteers"],
    [
      "“We have not seen the memo yet,” White House press secretary Jane Roe told reporters.",
      "White House press secretary Jane Roe",
    ],
  ] as const)
    it(text, () => {
      const sources = findQuotes(makeDoc(text)).map((q) => (q.source ? text.slice(q.source.start, q.source.end) : ""));
      assert.deepEqual(sources, [source]);
    });
});

describe("a quotation that ends its sentence with a full stop", () => {
  it("takes no source from a long sentence after it", () => {
    const text =
      "She matched his “clingers” with her own “irredeemables.” Her campaign was built on what can be fairly called a payola scheme.";
    const sources = findQuotes(makeDoc(text)).map((q) => (q.source ? text.slice(q.source.start, q.source.end) : ""));
    assert.ok(!sources.some((s) => s.startsWith("Her campaign")), sources.join(" | "));
  });
  it("still takes a short “Name said.” after it, and a long one after a question", () => {
    const text =
      "“We will win.” Ann Lee said.\n\n“How are you today?” Eva Miller, a retired worker from a nuclear plant, said.";
    const sources = findQuotes(makeDoc(text)).map((q) => (q.source ? text.slice(q.source.start, q.source.end) : ""));
    assert.deepEqual(sources, ["Ann Lee", "Eva Miller, a retired worker from a nuclear plant"]);
  });
});

describe("short quoted words inside reported speech", () => {
  it("are the speaker's partial quotations, not the writer's scare quotes", () => {
    const text = "Ms. Vance said that though they disagreed, her rival was a “brilliant” and “colorful” man.";
    const qs = findQuotes(makeDoc(text, [{ name: "Ms. Vance" }])).filter((q) => q.kind !== "indirect");
    assert.deepEqual(
      qs.map((q) => [text.slice(q.start, q.end), q.kind, q.source ? text.slice(q.source.start, q.source.end) : ""]),
      [
        ["brilliant", "partial", "Ms. Vance"],
        ["colorful", "partial", "Ms. Vance"],
      ],
    );
  });

  it("give a longer quoted phrase at the end of the report the report's speaker", () => {
    const text =
      "Tom Reyes said on the call that holding the board's “silent partners” responsible was “a large part of this case.”";
    const qs = findQuotes(makeDoc(text, [{ name: "Tom Reyes" }])).filter((x) => x.kind !== "indirect");
    assert.deepEqual(
      qs.map((q) => [text.slice(q.start, q.end), q.kind, q.source ? text.slice(q.source.start, q.source.end) : ""]),
      [
        ["silent partners", "partial", "Tom Reyes"],
        ["a large part of this case.", "partial", "Tom Reyes"],
      ],
    );
  });
});

describe("a quotation in a clause with no subject of its own", () => {
  it("takes no source from the conjunction", () => {
    const text = "Ann Lee tweeted that “access” matters and promised that “the fight is not over” for clinics.";
    const q = findQuotes(makeDoc(text, [{ name: "Ann Lee" }])).find((x) =>
      text.slice(x.start, x.end).startsWith("the fight"),
    );
    assert.ok(q);
    assert.notEqual(q.source && text.slice(q.source.start, q.source.end), "and");
  });
});

describe("the clause after a quotation", () => {
  it("names the subject of an as-clause as the source, not the words before it", () => {
    const text = " This resolution was not limited to the West Bank, as the administration claimed.";
    const a = attributionAfter(text, { start: 0, end: text.length });
    assert.deepEqual(a && [text.slice(a.cue.start, a.cue.end), a.source && text.slice(a.source.start, a.source.end)], [
      "claimed",
      "the administration",
    ]);
  });
});

describe("a noun in -ly before the verb", () => {
  const rows: [string, string][] = [
    ["The family said that the board was to blame.", "The family"],
    ["Tom Reyes, a lawyer for the family, said that the board was to blame.", "Tom Reyes, a lawyer for the family"],
    ["A rally organiser said that the board was to blame.", "A rally organiser"],
    ["Officials privately said that the board was to blame.", "Officials"],
  ];
  for (const [text, source] of rows)
    it(`is part of the source: ${source}`, () => {
      const q = findQuotes(makeDoc(text, [{ name: "Tom Reyes" }])).find((x) => x.kind === "indirect");
      assert.equal(q?.source && text.slice(q.source.start, q.source.end), source);
    });
});

describe("a preposition inside the subject noun phrase", () => {
  const rows: [string, string][] = [
    [
      "The evidence from similar disputes in other counties suggests that the law will fail.",
      "The evidence from similar disputes in other counties",
    ],
    ["Officials in other counties said that the law will fail.", "Officials in other counties"],
    ["A medical examiner in Atlanta, Georgia, said the death was a homicide.", "A medical examiner in Atlanta"],
  ];
  for (const [text, source] of rows)
    it(`keeps the whole phrase: ${source}`, () => {
      const q = findQuotes(makeDoc(text)).find((x) => x.kind === "indirect");
      assert.equal(q?.source && text.slice(q.source.start, q.source.end), source);
    });
});

describe("no reported content", () => {
  for (const text of [
    "How could that go wrong for people who write things for a living?",
    "The group claimed responsibility for a car bomb attack that killed at least 17 people.",
    "While he did not name the suspects, they may have been on his mind when he sent the Thursday morning tweet.",
    // A negated verb of saying reports what was not said.
    "She probably won’t say why she sat on the information for so long.",
    "The minister would not say how many jobs would be cut.",
    "The mayor did not say that the plan had failed.",
    "The senator has never publicly said the program would end.",
    // An object relative clause reports nothing.
    "It is all based on a lie, just like everything liberals say about the senator and you is a lie.",
    "Once the host mocked her, everything that Ann Gray said was presumed to be false.",
    // A bare infinitive after "helps" reports nothing; nor does an -ing noun after a trailing comma.
    "Beijing prioritizes stability, and it helps explain why it has been so unwilling to act.",
    "It could strike other large urban areas, some of them with only about a 10-minute warning.",
    // The generic "one" with a modal names no speaker.
    "One should add that the treaty was signed in secret.",
  ])
    it(text, () => {
      assert.deepEqual(
        findQuotes(makeDoc(text)).filter((q) => q.kind === "indirect"),
        [],
      );
    });
});

describe("a base form that is also a past tense", () => {
  it("stays a verb after a subject: the statement read", () => {
    const text = "“We will appeal the ruling,” the statement read.";
    const q = findQuotes(makeDoc(text)).find((x) => x.kind === "direct");
    assert.equal(q?.cue && text.slice(q.cue.start, q.cue.end), "read");
  });
});

describe("the level of an office before its title", () => {
  const rows: [string, string][] = [
    ["“We are tying their hands,” state Sen. Jo Holm said about halfway through the debate.", "Jo Holm"],
    ["“The rule is clear,” federal prosecutors said.", ""],
  ];
  for (const [text, speaker] of rows)
    it(text, () => {
      const q = findQuotes(makeDoc(text, speaker ? [{ name: speaker }] : [])).find((x) => x.kind === "direct");
      assert.equal(q?.cue && text.slice(q.cue.start, q.cue.end), "said");
    });
});

/** Every quotation and report of a text with no entities, as [kind, content, cue, source]. */
function attributions(text: string): [string, string, string, string][] {
  return findQuotes(makeDoc(text)).map((q) => [
    q.kind,
    text.slice(q.start, q.end),
    q.cue ? text.slice(q.cue.start, q.cue.end) : "",
    q.source ? text.slice(q.source.start, q.source.end) : "",
  ]);
}

describe("the subject a participle or a later verb shares", () => {
  const rows: [string, string, [string, string, string, string][]][] = [
    [
      "contractedPronoun: a pronoun with its auxiliary contracted onto it is the whole subject of a participle",
      "She's also weighed in on the harbour tax, calling for “a cap on dock fees.”",
      [
        ["indirect", "“a cap on dock fees.”", "calling for", "She"],
        ["partial", "a cap on dock fees.", "calling", "She"],
      ],
    ],
    [
      "contractedPronoun: likewise before 'saying'",
      "They've long opposed the ferry merger, saying the town would lose its pier.",
      [["indirect", "the town would lose its pier", "saying", "They"]],
    ],
    [
      "listedPredicate: a verb after a comma and an auxiliary is the next predicate of the clause's subject",
      "She backed the levy on cruise ships in Alaska, has called for a new harbour fund.",
      [["indirect", "a new harbour fund", "has called for", "She"]],
    ],
    [
      "listedPredicate: with no auxiliary, a verb that agrees in tense with the subject's verb",
      "The harbour master thanked the crews at the dock, told them the pier would open soon.",
      [["indirect", "the pier would open soon", "told", "The harbour master"]],
    ],
    [
      "listedPredicate: a headline's two present-tense predicates",
      "Ana Ruiz scolds the ferry board, says ‘careless’ staff must go",
      [
        ["indirect", "‘careless’ staff must go", "says", "Ana Ruiz"],
        ["partial", "careless", "says", "Ana Ruiz"],
      ],
    ],
    [
      "relativeAntecedent: after a clause, the antecedent of 'who' is the noun phrase closing it",
      "The council praised the harbour master, who called the plan “a disaster.”",
      [
        ["indirect", "the harbour master, who called the plan “a disaster.”", "praised", "The council"],
        ["partial", "a disaster.", "called", "the harbour master"],
      ],
    ],
    [
      "relativeAntecedent: a name after 'like' closes the clause",
      "The tax was condemned by dock owners like Captain Ada Moss, who called it “a raid on the poor.”",
      [["partial", "a raid on the poor.", "called", "Captain Ada Moss"]],
    ],
    [
      "relativeAntecedent: a quantity keeps its 'of' phrase",
      "The levy was welcomed by two of the port's senior pilots, who called it “overdue.”",
      [["partial", "overdue.", "called", "two of the port's senior pilots"]],
    ],
    [
      "relativeAntecedent: reported speech in the relative clause",
      "The report reached Governor Ana Ruiz, who said the ferries would keep running.",
      [["indirect", "the ferries would keep running", "said", "Governor Ana Ruiz"]],
    ],
    [
      "relativePastAside: an apposition between a name and 'who' is an aside; the name is the source",
      "Jo Roe, the new director, who called the plan “a disaster,” quit.",
      [["partial", "a disaster,", "called", "Jo Roe"]],
    ],
    [
      "relativePastAside: the name closing a clause, past an apposition whose nouns name a body",
      "The levy drew praise from Rep. Ada Moss of Dover, the former chair of the Harbour Committee, who called it “a fair deal” on Monday.",
      [["partial", "a fair deal", "called", "Rep. Ada Moss of Dover"]],
    ],
    [
      "relativePastAside: an aside that says when, and a year between 'who' and the verb",
      "The ferry plan was backed by Jo Kim, then the port's chief engineer, who in 2019 said the old pier was “beyond repair.”",
      [
        ["indirect", "the old pier was “beyond repair.”", "said", "Jo Kim"],
        ["partial", "beyond repair.", "said", "Jo Kim"],
      ],
    ],
    [
      "relativePastAside: a party tag and an apposition between the name and 'who'",
      "The vote ended a long dispute with Sen. Bo Diaz, R-Maine, a critic of the levy, who later said it was “a tax on bread.”",
      [
        ["indirect", "it was “a tax on bread.”", "said", "Sen. Bo Diaz"],
        ["partial", "a tax on bread.", "said", "Sen. Bo Diaz"],
      ],
    ],
    [
      "relativePastAside: the noun phrase the aside renames, not the aside's name",
      "There are people in the harbour guild, the Dock Union, who believe the cranes are unsafe.",
      [["indirect", "the cranes are unsafe", "believe", "people in the harbour guild"]],
    ],
    [
      "relativeAntecedent: a 'who' with no comma describes the noun phrase closing the clause before it",
      "Lee dismissed the critics who said the pier was “a ruin.”",
      [
        ["indirect", "the pier was “a ruin.”", "said", "the critics"],
        ["partial", "a ruin.", "said", "the critics"],
      ],
    ],
    [
      "relativeAntecedent: a bare plural after a preposition",
      "The levy gave a target to opponents who say the tax is unfair to fishermen.",
      [["indirect", "the tax is unfair to fishermen", "say", "opponents"]],
    ],
    [
      "beforeMainPredicate: a report in a relative clause on the subject ends where the main predicate begins",
      "Dock workers who say they were mistreated by the port authority have come forward.",
      [["indirect", "they were mistreated by the port authority", "say", "Dock workers"]],
    ],
    [
      "beforeMainPredicate: an irregular past after a noun opens the main predicate",
      "Most of those who said they did not finish school came from the north side of town.",
      [["indirect", "they did not finish school", "said", "Most of those"]],
    ],
    [
      "beforeMainPredicate: an -ed verb with its object after the reported clause's own verb group",
      "A ferry captain who said he was wrongly fired by the harbour board in 2019 sued the board and its chairman Tuesday.",
      [["indirect", "he was wrongly fired by the harbour board in 2019", "said", "A ferry captain"]],
    ],
    [
      "beforeMainPredicate: a possessive is no verb, and the predicate after a quoted word is found",
      "Anyone who believes the port's future is truly “bright” should also be worried.",
      [
        ["indirect", "the port's future is truly “bright”", "believes", "Anyone"],
        ["partial", "bright", "believes", "Anyone"],
      ],
    ],
    [
      "beforeMainPredicate: a modal after a noun opens the main predicate",
      "Voters who say they think the plan was a failure will not return to the polls.",
      [["indirect", "they think the plan was a failure", "say", "Voters"]],
    ],
    [
      "beforeMainPredicate: a conjunction inside the reported clause opens a clause whose verb the next may be",
      "Aides who think he lost the thread while the consultants got rich were angry.",
      [["indirect", "he lost the thread while the consultants got rich were angry", "think", "Aides"]],
    ],
    [
      "beforeMainPredicate: a relative clause inside the reported clause keeps its verb",
      "Women who say the men who hurt them were never charged want answers.",
      [["indirect", "the men who hurt them were never charged want answers", "say", "Women"]],
    ],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(attributions(text), expected));
  it("relativeAside: words reported in a relative clause on someone else leave the floor to the sentence's subject", () => {
    const text =
      "Mayor Ana Ruiz praised Captain Bo Diaz, who once called her “a menace to the port.”\n\n“We have made peace since then,” she said.";
    const doc = makeDoc(text, [{ name: "Ana Ruiz" }, { name: "Bo Diaz" }]);
    const names = findQuotes(doc).map((q) => doc.layers.entities?.find((e) => e.id === q.speaker)?.name);
    assert.deepEqual(names, ["Ana Ruiz", "Bo Diaz", "Ana Ruiz"]);
  });
  const others: [string, string, string][] = [
    [
      "relativeAntecedent: the hearer of a verb of telling does not speak what follows",
      "The mayor told a young woman who asked about the ferry that “the pier will reopen soon.”",
      "a young woman",
    ],
    [
      "listedPredicate: a passive subject was told, it did not tell",
      "The crew were handed a letter, told they could not strike again.",
      "The crew",
    ],
    [
      "listedPredicate: a plural noun before a participle is no verb to share its subject",
      "Harbour pilots, worried that the new cranes are unsafe, are refusing shifts.",
      "Harbour",
    ],
    [
      "listedPredicate: a participle and a preposition after the subject describe it; the verb is inverted",
      "The gauge used at the dock, said engineer Jo Kim, is broken.",
      "The gauge",
    ],
  ];
  for (const [name, text, subject] of others)
    it(name, () => assert.ok(!attributions(text).some(([, , , source]) => source === subject)));
});

describe("'since' after a perfect auxiliary is an adverb of the cue, not part of the source", () => {
  const rows: [string, string, [string, string, string, string][]][] = [
    [
      "a reported clause after 'has since said'",
      "The harbour master has since said that the pier was never safe.",
      [["indirect", "the pier was never safe", "has since said", "The harbour master"]],
    ],
    [
      "a demand after 'has since called for'",
      "She has since called for a full audit of the ferry accounts.",
      [["indirect", "a full audit of the ferry accounts", "has since called for", "She"]],
    ],
    [
      "a source and an apposition before 'have since'",
      "Her lawyer, Bo Diaz, has since argued that the fine was too high.",
      [["indirect", "the fine was too high", "has since argued", "Bo Diaz"]],
    ],
    [
      "a trailing attribution after a quotation",
      "“The pier was never safe,” the harbour master has since said.",
      [["direct", "The pier was never safe,", "has since said", "the harbour master"]],
    ],
    [
      "a plural subject and a promise",
      "Dock owners have since vowed to rebuild the pier by spring.",
      [["indirect", "to rebuild the pier by spring", "have since vowed", "Dock owners"]],
    ],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(attributions(text), expected));
});

describe("'those', 'others' and people picked out by a restrictive relative clause as the source", () => {
  const rows: [string, string, [string, string, string, string][]][] = [
    [
      "restrictiveRelativeSource: a pronoun and its relative clause",
      "Those who were on the pier said the storm was “the worst in years.”",
      [
        ["indirect", "the storm was “the worst in years.”", "said", "Those who were on the pier"],
        ["partial", "the worst in years.", "said", "Those who were on the pier"],
      ],
    ],
    [
      "restrictiveRelativeSource: a bare plural for people and its relative clause",
      "Critics who attended the harbour hearing said the plan was rushed.",
      [["indirect", "the plan was rushed", "said", "Critics who attended the harbour hearing"]],
    ],
    [
      "restrictiveRelativeSource: a quantity of 'those', and an auxiliary left to the cue",
      "Most of those who sailed that day would argue the ferry was never safe.",
      [["indirect", "the ferry was never safe", "argue", "Most of those who sailed that day"]],
    ],
    [
      "a pronoun qualified by a place",
      "Those in the harbour office said the pilot was “furious.”",
      [
        ["indirect", "the pilot was “furious.”", "said", "Those in the harbour office"],
        ["partial", "furious.", "said", "Those in the harbour office"],
      ],
    ],
    [
      "'those' is the source of a partial quotation in a relative clause on the object",
      "The mayor dismissed those who said the pier was “beyond saving.”",
      [
        ["indirect", "the pier was “beyond saving.”", "said", "those"],
        ["partial", "beyond saving.", "said", "those"],
      ],
    ],
    [
      "a pronoun's qualifier is no noun phrase to read on before a participle",
      "Those cheering the vote are saying the pier is safe again.",
      [["indirect", "the pier is safe again", "are saying", "Those"]],
    ],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(attributions(text), expected));
  const others: [string, string, string][] = [
    [
      "restrictiveRelativeSource: 'who' as the object of a verb with a subject of its own",
      "Two pilots who Ada Moss says were on the pier have denied it.",
      "Two pilots who Ada Moss",
    ],
    [
      "restrictiveRelativeSource: a verb in a clause of its own inside the relative clause",
      "Those who voted for the levy because she promised to fix the pier now regret it.",
      "Those who voted for the levy because she",
    ],
    [
      "restrictiveRelativeSource: a head that is a clause",
      "You seem like someone who never says no to a ferry ride.",
      "You seem like someone",
    ],
  ];
  for (const [name, text, source] of others)
    it(name, () => assert.ok(!attributions(text).some(([, , , s]) => s.startsWith(source))));
});

describe("a call for something ends before a contrasting clause with its own verb", () => {
  it("', while the board stayed silent' is no part of the demand", () => {
    const text = "The dock union called for a strike on Friday, while the port board stayed silent.";
    assert.deepEqual(
      attributions(text).find(([, , cue]) => cue === "called for"),
      ["indirect", "a strike on Friday", "called for", "The dock union"],
    );
  });
});

describe("a relative clause closed by a comma before the verb describes the source; it is not the source", () => {
  const rows: [string, string, [string, string, string, string][]][] = [
    [
      "', which VERBED …,' after a body: the body speaks",
      "The Harbour Chamber, which helped with the appeal, said the ruling was fair.",
      [["indirect", "the ruling was fair", "said", "The Harbour Chamber"]],
    ],
    [
      "', which VERBS …,' after a name and its apposition: the name speaks",
      "Jo Roe, president of the Dock Fund, which represents pilots, says the claim is overblown.",
      [["indirect", "the claim is overblown", "says", "Jo Roe, president of the Dock Fund"]],
    ],
    [
      "an object relative closed by a comma: the noun before it is the subject",
      "A report from the Harbour Office, which the mayor released last week, found that the pier was unsafe.",
      [["indirect", "the pier was unsafe", "found", "A report from the Harbour Office"]],
    ],
    [
      "an object relative with the verb inside it: its own subject speaks",
      "The levy, which critics say is unfair, passed on Monday.",
      [["indirect", "is unfair, passed on Monday", "say", "critics"]],
    ],
    [
      "a party tag between commas belongs to the name, before an apposition",
      "Sen. Ada Moss, D-Maine, the senior Democrat on the Harbour Committee, said that the inquiry would continue.",
      [
        [
          "indirect",
          "the inquiry would continue",
          "said",
          "Sen. Ada Moss, D-Maine, the senior Democrat on the Harbour Committee",
        ],
      ],
    ],
    [
      "restrictiveRelativeSource: the head runs from a clause breaker",
      "What stood out was that many voters who oppose the levy argue the pier is safe.",
      [["indirect", "the pier is safe", "argue", "many voters who oppose the levy"]],
    ],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(attributions(text), expected));
});
