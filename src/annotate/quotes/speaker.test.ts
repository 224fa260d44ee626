import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";
import { findQuotes } from "./index.js";
import { type EntitySpec, makeDoc } from "./testing.js";

interface Expected {
  readonly content: string;
  readonly speaker?: string;
  readonly inferred?: boolean;
  readonly attributedTo?: string;
  readonly cue?: string;
}

/** The first quotation whose content starts with `expected.content`, with its speaker's name. */
function check(text: string, entities: readonly EntitySpec[], expected: Expected): void {
  const doc = makeDoc(text, entities);
  const q = findQuotes(doc).find((x) => text.slice(x.start, x.end).startsWith(expected.content));
  assert.ok(q, `no quotation starting "${expected.content}"`);
  const name = doc.layers.entities?.find((e) => e.id === q.speaker)?.name;
  assert.equal(name, expected.speaker, "speaker");
  if (expected.inferred !== undefined) assert.equal(q.speakerInferred, expected.inferred, "speakerInferred");
  if (expected.attributedTo !== undefined) assert.equal(q.attributedTo, expected.attributedTo, "attributedTo");
  if (expected.cue !== undefined) assert.equal(q.cue && text.slice(q.cue.start, q.cue.end), expected.cue, "cue");
}

const people: EntitySpec[] = [
  { name: "Maria Lopez", roles: ["Finance Minister"] },
  { name: "John Carter", roles: ["President"] },
  { name: "Acme Corp", type: "organization" },
  { name: "White House", type: "place" },
  { name: "Portville", type: "place" },
];

describe("speakers are resolved from the source phrase and the context", () => {
  const rows: [string, string, Expected][] = [
    [
      "a verb that judges its object, then 'as' and words in marks: the judge's words, the verb their cue",
      "But Carter, one of the plan's fiercest critics, dismissed the tariff as “unworkable and unfair,” and left.",
      { content: "unworkable", speaker: "John Carter", cue: "dismissed" },
    ],
    [
      "relativePastAside: 'who' after an apposition naming a body describes the name before it, who speaks",
      "The levy drew praise from Maria Lopez, a spokeswoman for Acme Corp, who called it “a fair deal.”",
      { content: "a fair deal", speaker: "Maria Lopez", cue: "called" },
    ],
    [
      "relativePastAside: an aside that says when, then 'who', a year and the verb",
      "Maria Lopez, then the ranking member, who in 2019 said the levy was ‘unworkable’, voted yes.",
      { content: "unworkable", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "'we' outside the marks is the writer, not the organisation named last",
      "Acme Corp cut its prices on Monday. As we reported last week, the cut was “long overdue.”",
      { content: "long overdue", speaker: undefined, attributedTo: "we" },
    ],
    [
      "a name inside the relative clause of a source is not who speaks",
      "Lawmakers who dined with Maria Lopez on Monday said the levy would pass.",
      {
        content: "the levy would pass",
        speaker: undefined,
        attributedTo: "Lawmakers who dined with Maria Lopez on Monday",
      },
    ],
    [
      "a name in the qualifier of 'those' is not who speaks",
      "Those close to Maria Lopez say she will run again.",
      { content: "she will run again", speaker: undefined, attributedTo: "Those close to Maria Lopez" },
    ],
    [
      "a name right after a relative word closing the source is the verb's own subject",
      "It was a memo to which Maria Lopez replied that “the numbers are wrong.”",
      { content: "the numbers are wrong", speaker: "Maria Lopez" },
    ],
    [
      "a judging verb whose subject is a noun for people",
      "The plan's backers derided the review as “a stunt” for weeks.",
      { content: "a stunt", attributedTo: "The plan's backers", cue: "derided" },
    ],
    [
      "a pronoun with a contracted verb after 'said' is the reported clause, not an inverted source",
      "Finance Minister Maria Lopez, in a letter Monday to the committee, said she's open to the proposal.",
      { content: "she's open to the proposal", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "a participle with its own subject in a 'with' absolute construction, a long capitalised title before the name",
      "Two neighbouring states also faulted the tariff, with Portville Finance Minister Maria Lopez warning of “empty shelves”.",
      { content: "empty shelves", speaker: "Maria Lopez", cue: "warning" },
    ],
    [
      "a quoted question right after a verb of asking, with no comma, is what was asked",
      "When board member Maria Lopez asked on Tuesday “Why did the audit take six weeks?” Mr. Carter replied that “the auditors were busy elsewhere.”",
      { content: "Why did the audit", speaker: "Maria Lopez", cue: "asked", inferred: false },
    ],
    [
      "a word behind a comma is not the reporting verb's determiner ('…without asking her, promised')",
      "Finance chief Maria Lopez, who was rebuked by the mayor for closing the fund without asking her, promised in May that the fund “would reopen by spring,” but few believed it.",
      { content: "would reopen by spring", speaker: "Maria Lopez", cue: "promised" },
    ],
    [
      "'went on' closing its clause continues the speaker's speech (after the quotation)",
      "Carter spoke for an hour. “The budget is late,” he went on. “Nobody is happy about it.”",
      { content: "The budget is late", speaker: "John Carter", cue: "went on", inferred: false },
    ],
    [
      "'went on' between commas inside the sentence the quotation completes",
      "Maria Lopez spoke for an hour. Auditors, she went on, “have told us the budget is late.”",
      { content: "have told us", speaker: "Maria Lopez", cue: "went on" },
    ],
    [
      "after a quotation that ended its sentence, 'X, he went on, “…”' attributes the quotation after it, not before",
      "Carter replied that “the rules are clear” but that “they are not applied blindly.” Managers, he went on, “are told how to apply them.”",
      { content: "they are not applied blindly", speaker: "John Carter", cue: "replied" },
    ],
    [
      "an apposition after a longer segment that ends in a name keeps the name as the source",
      "Senior author Dr. Maria Lopez, associate professor of economics at Acme Corp, commented: “Prices will keep rising this year.”",
      { content: "Prices will keep rising", speaker: "Maria Lopez", cue: "commented" },
    ],
    [
      "a name after a preposition closing the segment before an apposition is an object, not the source",
      "In the speech, first reported by Acme Corp, the former mayor argued that 95% of “murders and murderers” were young men.",
      { content: "murders and murderers", cue: "argued" },
    ],
    [
      "'went on a tour' reports no speech: the quotation keeps its own attribution",
      "Maria Lopez went on a tour of the port. “It is late,” Carter said.",
      { content: "It is late", speaker: "John Carter", cue: "said" },
    ],
    [
      "'comments' after the quotation, with the source after it",
      "“We worked on the design for a year,” comments Maria Lopez of the agency.",
      { content: "We worked on the design", speaker: "Maria Lopez", cue: "comments" },
    ],
    [
      "a paragraph leading into a cue-less quotation with a new subject hands that person the floor",
      "“The ruling changes everything,” Carter said. “Sellers will be careful now.”\n\nCarter’s rival, Maria Lopez, had a shorter statement after the ruling. “It is a landmark. Buyers will feel it.”",
      { content: "It is a landmark", speaker: "Maria Lopez", inferred: true },
    ],
    [
      "a lead whose subject is a pronoun leaves the floor with the speaker before",
      "“The ruling changes everything,” Carter said. “Sellers will be careful now.”\n\nHe spoke after Maria Lopez left. “It is a landmark. Buyers will feel it.”",
      { content: "It is a landmark", speaker: "John Carter", inferred: true },
    ],
    [
      "a lead naming a person only as an object leaves the floor with the speaker before",
      "“The ruling changes everything,” Carter said.\n\nThe court sided with Maria Lopez. “It is a landmark. Buyers will feel it.”",
      { content: "It is a landmark", speaker: "John Carter", inferred: true },
    ],
    [
      "a naming participle after a comma: the sentence's subject called it so",
      "Maria Lopez visited the port on Monday, calling it “a disgrace to the county.”",
      { content: "a disgrace", speaker: "Maria Lopez", cue: "calling" },
    ],
    [
      "a fragment inside reported speech whose nearer verb names no speaker of its own",
      "Carter said that after legal review the city had concluded the merger was “not, on its face, unlawful”, adding he trusted the courts.",
      { content: "not, on its face", speaker: "John Carter", cue: "said" },
    ],
    [
      "a quotation whose sentence runs on past the mark to an inverted attribution",
      "The aim is to “show that he can handle all the things” the country is facing, said Carter's adviser Maria Lopez.",
      { content: "show that", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "a description after the verb, then the name it describes",
      "“Taxes will fall next year,” said Carter's spokeswoman, Maria Lopez, on Monday.",
      { content: "Taxes", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "a lower-case description, then the name, before the verb",
      "“Taxes will fall next year,” committee spokeswoman Maria Lopez said in a statement.",
      { content: "Taxes", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "a lower-case description ending in an agent noun, after the verb",
      "“Taxes will fall next year,” said head economist Maria Lopez.",
      { content: "Taxes", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "a lower-case description, then a capitalised title and the name",
      "“Taxes will fall next year,” agency Administrator Maria Lopez said.",
      { content: "Taxes", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "a time phrase before a name is not a description of the person",
      "“Taxes will fall next year,” late Sunday Lopez said.",
      { content: "Taxes", speaker: undefined },
    ],
    [
      'a source opened by "my" is the whole noun phrase',
      "The talk ended. My husband blanched and said, “No, it was a great program before the war.”",
      { content: "No, it was", speaker: undefined, attributedTo: "My husband" },
    ],
    [
      "name before the verb",
      "“Taxes will fall next year,” Lopez said.",
      { content: "Taxes", speaker: "Maria Lopez", inferred: false, cue: "said" },
    ],
    [
      "a plural description is a group, not the one person holding that role",
      "John Carter spoke first. “The vote must wait,” party leaders said.",
      { content: "The vote must wait", speaker: undefined, attributedTo: "party leaders" },
    ],
    [
      "the name an apposition describes speaks, not the name that ends the apposition",
      "Maria Lopez, the younger sister of the president, John Carter, has told friends: “The interview went well.”",
      { content: "The interview went well", speaker: "Maria Lopez" },
    ],
    [
      "an interjection opening the sentence is not the speaker",
      "Oh, but thankfully the narrator says, “We believe in the best of people.”",
      { content: "We believe", attributedTo: "the narrator", cue: "says" },
    ],
    [
      "a louder verb of speech is still a cue",
      "“We will not wait,” Maria Lopez screamed back at the crowd.",
      { content: "We will not wait", speaker: "Maria Lopez", cue: "screamed" },
    ],
    [
      "inverted: verb before the name",
      "“Taxes will fall next year,” said Maria Lopez.",
      { content: "Taxes", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "name and colon before",
      "John Carter told reporters: “We have a deal.”",
      { content: "We have a deal", speaker: "John Carter", cue: "told" },
    ],
    [
      "according to",
      "According to Lopez, “the budget is balanced.”",
      { content: "the budget", speaker: "Maria Lopez", cue: "According to" },
    ],
    [
      "the subject of an as-clause before the verb, not the adverb opening the sentence",
      "Yet, as Lopez noted at the time, the port had become “one of the busiest on the coast.”",
      { content: "one of the busiest", speaker: "Maria Lopez", cue: "noted" },
    ],
    [
      "pronoun goes to the recent subject",
      "Maria Lopez spoke at the summit on Monday.\n\n“We will not raise taxes,” she said.",
      { content: "We will not", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "description matched against roles",
      "John Carter met Maria Lopez in the capital.\n\n“The talks were frank,” the president said.",
      { content: "The talks", speaker: "John Carter", cue: "said" },
    ],
    [
      "head of state matched to a president",
      "John Carter arrived in the port city.\n\n“Our work here is done,” the head of state said.",
      { content: "Our work", speaker: "John Carter" },
    ],
    [
      "interrupted quotation keeps its speaker",
      "“The plan is ready,” Carter said. “We start on Monday.”",
      { content: "We start", speaker: "John Carter", inferred: true },
    ],
    [
      "quote-only paragraph after a paragraph about a visit is inferred",
      "John Carter flew to the border region on Tuesday. Carter came to thank the troops.\n\nAt the base, the leader talked with Maria Lopez and the generals.\n\n“The country is safe and the refugees are coming home.”",
      { content: "The country is safe", speaker: "John Carter", inferred: true },
    ],
    [
      "generic source goes to attributedTo",
      "“The numbers do not add up,” critics said.",
      { content: "The numbers", speaker: undefined, attributedTo: "critics" },
    ],
    [
      "a spokesman for an organisation speaks for it",
      "“We deny the claims,” a spokesman for Acme Corp said.",
      { content: "We deny", speaker: "Acme Corp", attributedTo: "a spokesman for Acme Corp" },
    ],
    [
      "dash byline",
      "“I will vote for the first time.” ― Maria Lopez",
      { content: "I will vote", speaker: "Maria Lopez", cue: "―" },
    ],
    [
      "speaker label of a quoted transcript turn",
      'John Carter asked Maria Lopez about taxes:\n\n"CARTER: Will taxes rise?\n\n"LOPEZ: No, they will fall next year."',
      { content: "No, they will fall", speaker: "Maria Lopez", inferred: false, cue: ":" },
    ],
    [
      "a paragraph with no label goes on with the turn before it",
      'Maria Lopez spoke to John Carter:\n\n"CARTER: Will taxes rise?\n\n"LOPEZ: No.\n\n"They will fall next year.\n\n"CARTER: Thank you."',
      { content: "They will fall", speaker: "Maria Lopez", cue: ":" },
    ],
    [
      "a name that modifies a role noun is not the speaker; the name after it is",
      "“I had hoped for more unity,” said Carter delegate Maria Lopez wistfully.",
      { content: "I had hoped", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "a name with a party tag and a role apposition without an article is the speaker, not the committee",
      "Rep. Maria Lopez (D-Md.), chair of Acme Corp, said that it was “open to every viewpoint.”",
      { content: "it was", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "a former president's speechwriter is the speaker, not the president",
      "“These are dark days,” former John Carter speechwriter Maria Lopez wrote in a column.",
      { content: "These are dark days", speaker: "Maria Lopez", cue: "wrote" },
    ],
    [
      "a name before a plural noun for people: the phrase speaks, not the one named",
      "“This is the end of the road,” one Carter delegate said to another.",
      { content: "This is the end", speaker: undefined, attributedTo: "one Carter delegate" },
    ],
    [
      "a possessive before a noun for people: the lawyer speaks, not the client",
      "“We will appeal,” Carter's lawyer said.",
      { content: "We will appeal", speaker: undefined, attributedTo: "Carter's lawyer" },
    ],
    [
      "a possessive before what a person issues: the person speaks",
      "“Taxes will fall,” Lopez's statement said.",
      { content: "Taxes will fall", speaker: "Maria Lopez" },
    ],
    [
      "an adverb standing before the subject is not part of the source",
      "Outside, a crowd of several hundred Carter fans chanted, “Four more years!”",
      { content: "Four more years", speaker: undefined, attributedTo: "a crowd of several hundred Carter fans" },
    ],
    [
      "the subject of a when-clause before the verb",
      "In fact, it had been settled since October, when Lopez said: “The budget is final.”",
      { content: "The budget is final", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "a person named after a generic head noun is who speaks",
      "“We have not decided,” said top economic adviser Maria Lopez.",
      { content: "We have not decided", speaker: "Maria Lopez" },
    ],
    [
      "a relative who after a quotation's source speaks for that source",
      "John Carter spoke first. “We will not wait,” said Maria Lopez, who said the budget would pass in June.",
      { content: "the budget would pass", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "a participial phrase opening the sentence is not its subject",
      "John Carter spoke on Monday.\n\nMeeting with world leaders at the summit, he previewed his defense in a tweet: “WE WILL WIN!”",
      { content: "WE WILL WIN", speaker: "John Carter" },
    ],
    [
      "a place named as the whole source speaks for its government",
      "“We are ready,” the White House said.",
      { content: "We are ready", speaker: "White House" },
    ],
    [
      "a place inside a longer source only places it",
      "“The water is cold,” residents of Portville said.",
      { content: "The water is cold", speaker: undefined, attributedTo: "residents of Portville" },
    ],
    [
      "an apposition with a relative clause and an auxiliary before the verb still leads to the name",
      "Maria Lopez, the former CIA director who now serves as secretary of state, has called it a “hostile service”.",
      { content: "hostile service", speaker: "Maria Lopez" },
    ],
    [
      "a name inside a sentence that opens with a pronoun is not that sentence's subject",
      "Maria Lopez said Carter would not go beyond his report. She also doubted that hearing from Carter would help.\n\n“It will say what it says,” she said.",
      { content: "It will say what it says", speaker: "Maria Lopez" },
    ],
    [
      "the person a sentence is about is its first person, not the one it names after the verb",
      "“We will win,” Carter said.\n\nThe session ran late.\n\nMaria Lopez called out Chairman John Carter for not telling her, adding she heard it on the news.\n\n“That's the way he operates these days.”",
      { content: "That's the way", speaker: "Maria Lopez", inferred: true },
    ],
    [
      "a question's auxiliary is no source",
      "Are we telling the protesters, “We have your back!” when we do not?",
      { content: "We have your back", speaker: undefined, attributedTo: undefined },
    ],
    [
      "scare quote owned by critics",
      "The country avoided something like “the old trap”, as argued by critics.",
      { content: "the old trap", speaker: undefined, attributedTo: "critics" },
    ],
    [
      "an 'as' clause closing on its verb after the quotation names the speaker",
      "Her plan put an end to “the nanny state,” as Maria Lopez put it, within a year.",
      { content: "the nanny state", speaker: "Maria Lopez", cue: "put" },
    ],
    [
      "auxiliaries and adverbs in an 'as' clause are not the source",
      "The tariffs were “a blunt tool,” as analysts have repeatedly noted.",
      { content: "a blunt tool", speaker: undefined, attributedTo: "analysts", cue: "noted" },
    ],
    [
      "'comments that' after a name is a reporting verb",
      "Looking back, the economist John Carter comments that “cheap credit was the main cause of the slump.”",
      { content: "cheap credit", speaker: "John Carter", cue: "comments" },
    ],
    [
      "'comments that' after a noun is a noun with a relative clause",
      "Voters remembered the tax comments that “nobody needs a raise.”",
      { content: "nobody needs", speaker: undefined, attributedTo: undefined },
    ],
    [
      "an inverted source whose described name is followed by an affiliation",
      "“The findings surprised us,” said marine biologist Maria Lopez of the Portville Aquarium.",
      { content: "The findings surprised us", speaker: "Maria Lopez", cue: "said" },
    ],
    [
      "a naming verb in an infinitive of purpose: the clause's subject names the thing",
      "Finance Minister Maria Lopez went on television last week to describe the harbour as a “sewer.”",
      { content: "sewer", speaker: "Maria Lopez", cue: "describe", inferred: false },
    ],
    [
      "a naming infinitive after a verb of asking is not the cue: the object would do the naming",
      "Carter asked the auditors on Friday to describe the accounts as “sound.”",
      { content: "sound", speaker: "John Carter", cue: "asked" },
    ],
    [
      "an imperative lead with a colon hands the quotation to its object, not to its verb",
      "Lopez spent years as an auditor.\n\nAllow the finance minister to repeat that: “The accounts are sound.”",
      { content: "The accounts are sound", speaker: "Maria Lopez", cue: ":" },
    ],
    [
      "a definite description repeats the head noun of an apposition after a name no role was recorded for",
      "Carter, a retired harbour pilot and author, spoke first.\n\nAllow the pilot to repeat that: “The channel is too shallow.”",
      { content: "The channel is too shallow", speaker: "John Carter", cue: ":" },
    ],
    [
      "an imperative lead naming nobody plausible gives the quotation no source",
      "Let it be said: “The accounts are sound.”",
      { content: "The accounts are sound", speaker: undefined, attributedTo: undefined },
    ],
    [
      "a fragment in marks with no cue, in a sentence whose subject is a person, is that person's wording",
      "Carter wanted to give the county “capitalism with a friendly smile,” and he set about it at once.",
      { content: "capitalism with", speaker: "John Carter", inferred: true },
    ],
    [
      "a title in capitals in a sentence about a person names a work, it quotes nobody",
      "Carter wanted to give the county “Capitalism With a Friendly Smile,” his next book.",
      { content: "Capitalism With", speaker: undefined },
    ],
    [
      "a description naming a place is not matched by its last word against an apposition",
      "Carter, a retired harbour pilot from Portville, spoke first. “The channel is too shallow,” said the mayor of Portville.",
      { content: "The channel is too shallow", speaker: undefined },
    ],
    [
      "a name with a possessive opening the sentence modifies its subject, it does not speak",
      "Carter’s plan is “capitalism with a friendly smile,” critics wrote.",
      { content: "capitalism with", speaker: undefined },
    ],
    [
      "sharedSubjectAfterAdverbial: a verb after 'but at the same time' shares the subject before",
      "Acme Corp rejected the report on Friday -- but at the same time conceded “price changes” were needed.",
      { content: "price changes", speaker: "Acme Corp", cue: "conceded" },
    ],
    [
      "participleAfterAttribution: 'adding' after a trailing attribution has its source for subject",
      "The panel set no limit on the budget, Maria Lopez said, adding, “Anything from a loan to a grant” would do.",
      { content: "Anything from a loan", speaker: "Maria Lopez", cue: "adding" },
    ],
    [
      "participleAfterAttribution: a pronoun source before the participle",
      "Maria Lopez spoke first. The panel set no limit, she said, adding, “Anything from a loan to a grant” would do.",
      { content: "Anything from a loan", speaker: "Maria Lopez", cue: "adding" },
    ],
    [
      "passiveNamingVerb: the subject of a passive verb of naming is the one named, not the speaker",
      "Carter was often described as “a man of few words” in the press.",
      { content: "a man of few words", speaker: undefined, cue: "described" },
    ],
    [
      "passiveNamingVerb: a pronoun subject of a passive verb of naming does not speak either",
      "Carter came back on Monday. He was called “the quiet fixer” for years.",
      { content: "the quiet fixer", speaker: undefined, cue: "called" },
    ],
    [
      "passiveNamingVerb: the agent after 'by' is who named him",
      "Carter was described as “a man of few words” by Maria Lopez.",
      { content: "a man of few words", speaker: "Maria Lopez", cue: "described" },
    ],
    [
      "passiveNamingVerb: an active verb of naming keeps its subject",
      "Carter described the budget as “a sad joke” on Monday.",
      { content: "a sad joke", speaker: "John Carter", cue: "described" },
    ],
    [
      "orgTitlesPerson: an organisation's name before a title and a person's name leaves the person the subject",
      "Acme Corp CEO Maria Lopez issued a statement calling the report “deeply misleading” on Friday.",
      { content: "deeply misleading", speaker: "Maria Lopez", inferred: true },
    ],
    [
      "directInSubjectSentence: a quotation with no cue in a sentence about a person is hers, not the floor's",
      "“The fund will close,” the mayor's office said.\n\nMaria Lopez later issued a statement calling the report “misleading” and claiming “The fund is safe and will stay open.”",
      { content: "The fund is safe", speaker: "Maria Lopez", inferred: true },
    ],
    [
      "a name modifying a noun for people before the quotation is not the sentence's subject",
      "On the Carter campaign, Maria Lopez wanted “a fairer deal for every worker” at last.",
      { content: "a fairer deal", speaker: "Maria Lopez", inferred: true },
    ],
    [
      "the subject of a passive is spoken about: the fragment is someone else's",
      "Carter was widely regarded as “capitalism with a friendly smile” in the press.",
      { content: "capitalism with", speaker: undefined },
    ],
    [
      "a fragment in marks with no cue in a sentence that opens with another noun has no speaker",
      "The plan to give the county “capitalism with a friendly smile” was drafted by Carter.",
      { content: "capitalism with", speaker: undefined },
    ],
    [
      "a phrase joined by 'and' to a partial quotation takes its cue",
      "Maria Lopez spoke last. She called the plan “a trick” and “a disaster.”",
      { content: "a disaster", speaker: "Maria Lopez", cue: "called" },
    ],
    [
      "a pronoun source is not a person named in its own clause before the quotation",
      "“We will win,” said Maria Lopez. But Carter’s plan angered Lopez. She called Carter’s plan “a trick.”",
      { content: "a trick", speaker: "Maria Lopez" },
    ],
    [
      "the object of an infinitive of perception is the speaker of the verb after it",
      "Nowadays you will see people dismiss every awkward story as “fake news” at once.",
      { content: "fake news", speaker: undefined, attributedTo: "people" },
    ],
  ];
  for (const [name, text, expected] of rows) it(name, () => check(text, people, expected));

  it("“the president” is neither the vice president nor someone whose role only contains the word", () => {
    const text =
      "Vice President Tomas Brandt and presidential adviser Ann Lee spoke first. “The vote must wait,” the president said.";
    const entities: EntitySpec[] = [
      { name: "Tomas Brandt", roles: ["Vice President"] },
      { name: "Ann Lee", roles: ["presidential adviser"] },
    ];
    check(text, entities, { content: "The vote must wait", speaker: undefined });
    check(text.replace("Vice President", "President"), [{ ...entities[0], roles: ["President"] } as EntitySpec], {
      content: "The vote must wait",
      speaker: "Tomas Brandt",
    });
  });

  it("an indefinite description is someone new, unless it is an apposition closed by a comma", () => {
    const entities: EntitySpec[] = [{ name: "Tomas Brandt", roles: ["senator"] }];
    check("Tomas Brandt voted no. “The vote must wait,” a senior senator said.", entities, {
      content: "The vote must wait",
      speaker: undefined,
      attributedTo: "a senior senator",
    });
    check("“The vote must wait,” said Tomas Brandt, a senior senator, on Monday.", entities, {
      content: "The vote must wait",
      speaker: "Tomas Brandt",
    });
  });

  it("answers of a Q/A interview go to the interviewee, inferred", () => {
    const text =
      "The finance minister, Maria Lopez, spoke to us about taxes.\n\nQ: Will taxes rise?\n\nA: No. We will keep them where they are.\n\nQ: What about John Carter's plan?\n\nA: It is his plan, not ours.";
    check(text, people, { content: "No. We will keep", speaker: "Maria Lopez", inferred: true });
    check(text, people, { content: "It is his plan", speaker: "Maria Lopez", inferred: true });
  });
  it("a quotation right after a wire dateline is direct speech with its speaker (whole pipeline)", () => {
    const text =
      "Budget talks end\n\nPORTVILLE, Northland — “We are ready to sign the budget,” said Finance Minister Maria Lopez, looking up at the crowd.\n\nThe talks ended on Monday.";
    const doc = analyze(text, { mediaType: "text/plain" });
    assert.equal(doc.metadata.dateline?.value.place, "PORTVILLE, Northland");
    const q = doc.layers.quotes?.find((x) => text.slice(x.start, x.end).startsWith("We are ready"));
    assert.equal(q?.kind, "direct");
    assert.equal(doc.layers.entities?.find((e) => e.id === q?.speaker)?.name, "Maria Lopez");
    // The reporting clause after the quotation is not reported speech of its own.
    assert.deepEqual(
      doc.layers.quotes?.filter((x) => x.kind === "indirect").map((x) => text.slice(x.start, x.end)),
      [],
    );
  });
  it("a paragraph that merely starts with A. is not an answer without questions", () => {
    const doc = makeDoc("A. The first point is cost.\n\nB. The second is time.", people);
    assert.deepEqual(
      findQuotes(doc).filter((q) => q.rule === "interview:answer"),
      [],
    );
  });
});
