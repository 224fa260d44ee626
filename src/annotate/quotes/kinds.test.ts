import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { QuoteKind } from "../../core/document.js";
import { findQuotes } from "./index.js";
import { makeDoc } from "./testing.js";

/** The quotations of a text as [content, kind] pairs, indirect reports left out. */
function kinds(text: string): [string, QuoteKind][] {
  return findQuotes(makeDoc(text))
    .filter((q) => q.kind !== "indirect")
    .map((q) => [text.slice(q.start, q.end), q.kind]);
}

describe("each quotation gets its kind", () => {
  const rows: [string, string, [string, QuoteKind][]][] = [
    [
      "reportingParticiple: a short phrase after 'saying' is the speaker's",
      "The mayor closed the meeting, saying the city does not see the tax as a “burden” for anyone.",
      [["burden", "partial"]],
    ],
    [
      "reportingParticiple: without a verb of speech the same phrase is held at a distance",
      "The city does not see the tax as a “burden” for anyone.",
      [["burden", "scare"]],
    ],
    [
      "nestedSentence: a sentence quoted inside a quotation is neither a name nor a scare quote",
      "“The ferrymen asked me, ‘Why does this keep happening?’ and I had no answer,” said Ada Lund.",
      [["The ferrymen asked me, ‘Why does this keep happening?’ and I had no answer,", "direct"]],
    ],
    [
      "nestedSentence: a short clause with a verb likewise",
      "“All he said was ‘The pier is closed,’ nothing more,” said Ada Lund.",
      [["All he said was ‘The pier is closed,’ nothing more,", "direct"]],
    ],
    [
      "nestedSentence: a title in capitals inside a quotation stays a name",
      "“I read ‘I Married a Ferryman’ twice,” said Ada Lund.",
      [
        ["I read ‘I Married a Ferryman’ twice,", "direct"],
        ["I Married a Ferryman", "name"],
      ],
    ],
    [
      "name-headline: a headline in marks names a story, even in sentence case",
      "Carter shared a story headlined “Carter says the farm plan will fail” on Monday.",
      [["Carter says the farm plan will fail", "name"]],
    ],
    [
      "name-headline: 'the headline' right before the marks",
      "The paper ran the headline “Mayor Quits” across the front page.",
      [["Mayor Quits", "name"]],
    ],
    [
      "partial-after-aside: the subject before 'she said,' and a quotation in lower case that finishes the sentence",
      "The new fees, she said, “do not touch a single pension.”",
      [["do not touch a single pension.", "partial"]],
    ],
    [
      "partial-after-aside: a quotation with a subject of its own after the aside stays a sentence of speech",
      "The new fees, she said, “we will never accept.” Nobody answered.",
      [["we will never accept.", "direct"]],
    ],
    [
      "partial-after-aside: a quotation with a subject of its own in lower case stays a sentence of speech",
      "Regarding the budget, she said, “most voters want lower fees.”",
      [["most voters want lower fees.", "direct"]],
    ],
    [
      "partial-after-aside: a complement after a copula and the aside stays direct",
      "It was, she said, “a long and bitter winter for the town.”",
      [["a long and bitter winter for the town.", "direct"]],
    ],
    [
      "name-headline: not before a colon, which hands over someone's words",
      "The paper used one of her remarks as its headline: “Finally, someone listens to us.”",
      [["Finally, someone listens to us.", "direct"]],
    ],
    [
      "partial-after-aside: a sentence adverb before the aside is nobody's subject",
      "However, the mayor said, “nothing has been decided yet.”",
      [["nothing has been decided yet.", "direct"]],
    ],
    [
      "a title after a naming cue may keep a form of 'be' in lower case",
      "Forty artists answered this year's festival theme ‘Light is the Medium’ with new work.",
      [["Light is the Medium", "name"]],
    ],
    [
      "without a naming cue, lower-case 'is' still makes a capitalised quotation a sentence",
      "The mayor shouted “Enough is Enough” at the crowd.",
      [["Enough is Enough", "partial"]],
    ],
    [
      "a short phrase after a judging verb, its object and 'as' is the subject's words",
      "Critics dismissed the new timetable as “wishful thinking.” The council disagreed.",
      [["wishful thinking.", "partial"]],
    ],
    [
      "'as' alone, with no judging verb before it, leaves a short lower-case phrase the writer's",
      "The town treated the new timetable as “wishful thinking” for years.",
      [["wishful thinking", "scare"]],
    ],
    [
      "a capitalised utterance filling a parenthesis on its own is a sentence of speech",
      "The governor had denied meeting the lobbyists (“We have never spoken with any of them”) and now says she cannot recall.",
      [["We have never spoken with any of them", "direct"]],
    ],
    [
      "a short noun phrase after a determiner, far from the sentence's verb of speech, is the writer's term",
      "Our State Department critics could never explain why the mayor stayed silent when the “fresh start” collapsed.",
      [["fresh start", "scare"]],
    ],
    [
      "a verb of naming right before the determiner keeps the phrase the speaker's",
      "The mayor called it the “fresh start” the city had waited for.",
      [["fresh start", "partial"]],
    ],
    [
      "a phrase in a reported statement stays the speaker's, however far back the verb",
      "A retired engineer, who built the first dam of its kind, said the new design is really not an “ideal” answer.",
      [["ideal", "partial"]],
    ],
    [
      "a phrase named with 'as' after the determiner stays the speaker's",
      "A neighbour, who first described the delay as a “betrayal” of the town, later relented.",
      [["betrayal", "partial"]],
    ],
    [
      "a sentence in a parenthesis right after a name is that name's slogan, not speech",
      "We ate at the Corner Diner (“You can't beat our pies!”) in the old town.",
      [["You can't beat our pies!", "partial"]],
    ],
    [
      "a short lower-case phrase in a parenthesis stays the writer's",
      "The new budget (“a modest start”) passed easily on Monday.",
      [["a modest start", "scare"]],
    ],
    [
      "a title before the noun for a feature or a category",
      "The company adopted the “Stories” idea; if you select the “Social Media” category, it owns the top apps.",
      [
        ["Stories", "name"],
        ["Social Media", "name"],
      ],
    ],
    [
      "a long title in Title Case after a work's noun",
      'His latest book is: "The Greatest Comeback: How Richard Nixon Rose From Defeat to Create the New Majority."',
      [["The Greatest Comeback: How Richard Nixon Rose From Defeat to Create the New Majority.", "name"]],
    ],
    [
      "a sentence quoted after a work's noun is still speech when it is not in Title Case",
      "In her report, she wrote: “The program has failed every child it was meant to help.”",
      [["The program has failed every child it was meant to help.", "direct"]],
    ],
    [
      "a title right after a possessive names a show, whatever verb stands further back",
      "“It was a long night,” she said in an interview on Channel Nine’s “Good Morning Riverside.”",
      [
        ["It was a long night,", "direct"],
        ["Good Morning Riverside.", "name"],
      ],
    ],
    [
      "a title right after told names the show, not the words said",
      "“Let’s get on with it,” Ms. Vance told “Morning Riverside.”",
      [
        ["Let’s get on with it,", "direct"],
        ["Morning Riverside.", "name"],
      ],
    ],
    [
      "what someone is urged to do, in marks, is the urger's words",
      "The governor pressed lawmakers on Thursday to “get tough” on the budget.",
      [["get tough", "partial"]],
    ],
    [
      "a title after of names a work",
      "The band closed the show to the tune of “Silent Night.”",
      [["Silent Night.", "name"]],
    ],
    [
      "direct, attribution after",
      "“We will rebuild the bridge by spring,” the mayor said.",
      [["We will rebuild the bridge by spring,", "direct"]],
    ],
    [
      "direct, attribution before with colon",
      "The mayor said: “We will rebuild the bridge by spring.”",
      [["We will rebuild the bridge by spring.", "direct"]],
    ],
    [
      "direct, standalone paragraph",
      "The crowd cheered.\n\n“This is the best day of my life.”",
      [["This is the best day of my life.", "direct"]],
    ],
    [
      "direct, interrupted and resumed in lower case",
      "“The plan is ready,” she said, “and we start on Monday.”",
      [
        ["The plan is ready,", "direct"],
        ["and we start on Monday.", "direct"],
      ],
    ],
    [
      "direct, the whole object of a verb of uttering, in lower case",
      "She says “we worked hard to keep the values at the center.”",
      [["we worked hard to keep the values at the center.", "direct"]],
    ],
    [
      "direct, a chant that ends its sentence",
      "Protesters marching through the streets chanted “What curfew?”",
      [["What curfew?", "direct"]],
    ],
    [
      "direct, a chanted question, the sentence going on in a new predicate",
      "Marchers chanted “Who is next?” and walked on toward the square.",
      [["Who is next?", "direct"]],
    ],
    [
      "direct, a sung line whose period inside the mark ends the sentence",
      "The choir leader waved everyone up, singing “Our Day Has Come.” Dozens of guests joined in.",
      [["Our Day Has Come.", "direct"]],
    ],
    [
      "direct, a question handed over after a dash",
      "Yet, as one economist observed, in a long trade war -- “which factories would you close first?”",
      [["which factories would you close first?", "direct"]],
    ],
    [
      "direct, a clause after an aside naming its source",
      "She backed him because, in her words, “he knows how the port works.”",
      [["he knows how the port works.", "direct"]],
    ],
    [
      "direct, a transcript running on into the author's sign-off, which is nobody's speech",
      'The transcript follows.\n\n"SMITH: We will hold the line.\n\n"Follow Jane Roe on Twitter @janeroe."',
      [["We will hold the line.", "direct"]],
    ],
    [
      "direct, a paragraph credited by a dash byline is one quotation, however its inner marks were set",
      "“Our town deserves better. As my father said ‘You reap what you sow.” And we reaped “a bitter harvest’.” ― Maria Lopez.",
      [
        [
          "Our town deserves better. As my father said ‘You reap what you sow.” And we reaped “a bitter harvest’.",
          "direct",
        ],
        ["a bitter harvest’.", "scare"],
      ],
    ],
    [
      "direct, a verb of uttering and its listener before a comma",
      "He did not name rivals but told his supporters, “our nation is in horrible trouble.”",
      [["our nation is in horrible trouble.", "direct"]],
    ],
    [
      "direct, a whole sentence set off by dashes",
      "He took the remark as a compliment — “That makes me smart” — and moved on.",
      [["That makes me smart", "direct"]],
    ],
    [
      "direct, quoted transcript turns without their speaker labels",
      'Partial transcript as follows:\n\n"WALLACE: Will she be there tomorrow night?\n\n"MR. PENCE: She will not be attending."',
      [
        ["Will she be there tomorrow night?", "direct"],
        ["She will not be attending.", "direct"],
      ],
    ],
    [
      "direct, a transcript turn in doubled straight single marks",
      "The exchange went on.\n\n''MR. TRUMP: We will build it.''",
      [["We will build it.", "direct"]],
    ],
    [
      "direct, one capitalised word and a colon is no speaker label",
      "“Look: we will win this race,” she said.",
      [["Look: we will win this race,", "direct"]],
    ],
    [
      "partial, right after tell comes the listener, not the words said",
      "The rules allow companies to tell “one country that a subsidiary is a corporation.”",
      [["one country that a subsidiary is a corporation.", "partial"]],
    ],
    [
      "partial, a noun that looks like a verb is no hand-over",
      "The email notes that Jane Kim, who is running for the state Senate, “is a civil rights attorney.”",
      [["is a civil rights attorney.", "partial"]],
    ],
    [
      "partial, a verb of uttering with that before the comma",
      "Trump tweeted that, “for those knocking me, I will be there.”",
      [["for those knocking me, I will be there.", "partial"]],
    ],
    [
      "partial, a clause opened by because and a comma belongs to the reporter's sentence, however it is capitalised",
      "She added that the vote leans against him, which is a problem because, “In the end, we vote for somebody.”",
      [["In the end, we vote for somebody.", "partial"]],
    ],
    [
      "direct, though after a comma is an aside, not a conjunction opening the quotation",
      "The mayor said, though, “We will rebuild the bridge by spring.”",
      [["We will rebuild the bridge by spring.", "direct"]],
    ],
    [
      "partial, a phrase named as words is no sentence of speech, even as the whole object of a verb of uttering",
      "At the end of the anthem, she added the words, “Jane Smith.”",
      [["Jane Smith.", "partial"]],
    ],
    [
      "direct, a capitalised sentence after the words is still speech",
      "Then she said the words, “We will not back down.”",
      [["We will not back down.", "direct"]],
    ],
    [
      "direct, in her words names a source, not words",
      "She backed him because, in her words, “he knows how to run the port.”",
      [["he knows how to run the port.", "direct"]],
    ],
    [
      "partial, a naming verb takes a phrase, not all that was said",
      "Mayor Bill de Blasio described it as “an intentional act.”",
      [["an intentional act.", "partial"]],
    ],
    [
      "partial, the object of a verb of uttering that the sentence runs on after",
      "Trump says “the whole game has become soft” these days.",
      [["the whole game has become soft", "partial"]],
    ],
    [
      "partial, fragment inside a reporting sentence",
      "He called the vote “a historic day for the region” in his speech.",
      [["a historic day for the region", "partial"]],
    ],
    [
      "partial, after said that",
      "She said that “there were problems with the count.”",
      [["there were problems with the count.", "partial"]],
    ],
    [
      "partial, a chant inside a sentence",
      "The crowd kept chanting “Four more years!” until midnight.",
      [["Four more years!", "partial"]],
    ],
    [
      "scare, after with the",
      "Talks continue with the “moderate rebels” in the north.",
      [["moderate rebels", "scare"]],
    ],
    ["scare, after so-called", "The so-called “reform” cut pensions again.", [["reform", "scare"]]],
    [
      "scare, after like",
      "It wants to avoid something like “the old mistakes”, as argued by analysts.",
      [["the old mistakes", "scare"]],
    ],
    [
      "name, nickname before a title and name",
      "He met the commander of the elite unit “Falcons” Colonel Ivanov.",
      [["Falcons", "name"]],
    ],
    ["name, after called", "The operation, called “Desert Shield”, began in August.", [["Desert Shield", "name"]]],
    [
      "scare, a short phrase after an aside naming its source is no clause",
      "He was seen, as the magazine put it, “the fixer.”",
      [["the fixer.", "scare"]],
    ],
    [
      "name, a title set after its noun and a comma, before the next sentence",
      "The story appears in his 2009 memoir, “A Long Way Home.” It sold well.",
      [["A Long Way Home.", "name"]],
    ],
    [
      "name, a title after a naming verb and its object, its period ending the sentence",
      "Adams called Lopez “The Mayor of the Whole Valley.” Adams praised her budget.",
      [["The Mayor of the Whole Valley.", "name"]],
    ],
    [
      "name, book title after a possessive",
      "She reviewed Smith’s “The Long Road Home” last year.",
      [["The Long Road Home", "name"]],
    ],
    [
      "partial, a phrase joined by 'and' to a partial quotation before it",
      "Carter, whom she called a “dangerous man” and a “bomb-thrower,” left early.",
      [
        ["dangerous man", "partial"],
        ["bomb-thrower,", "partial"],
      ],
    ],
    [
      "partial, a short phrase after 'deemed' and its object",
      "Lopez deemed the plan “a con” at once.",
      [["a con", "partial"]],
    ],
    [
      "scare, a phrase after 'and' with no partial quotation before it",
      "The “reform” and the “savings” never came.",
      [
        ["reform", "scare"],
        ["savings", "scare"],
      ],
    ],
    [
      "name, quoted subheading",
      "The first section ends here.\n\n'Coal Is Not the Villain.'\n\nThe second begins.",
      [["Coal Is Not the Villain.", "name"]],
    ],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(kinds(text), expected));
});

describe("marks keep track of what the text had", () => {
  it("a missing opening mark is recorded and the content still found", () => {
    const text =
      "The general made an official announcement: \n\nAll the villages are liberated, the region is free.” More followed.";
    const [q] = findQuotes(makeDoc(text)).filter((x) => x.kind === "direct");
    assert.ok(q);
    assert.equal(text.slice(q.start, q.end), "All the villages are liberated, the region is free.");
    assert.deepEqual(q.marks, { open: false, close: true });
    assert.equal(q.cue && text.slice(q.cue.start, q.cue.end), "made an official announcement:");
  });
});
