import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";
import { eventVerbsIn } from "./trigger.js";

/** Each event as "who names: what", in text order. */
function eventsOf(text: string, published?: string): string[] {
  const doc = analyze(text, { mediaType: "text/plain", ...(published ? { published } : {}) });
  const names = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.name]));
  return (doc.layers.events ?? []).map((e) => `${e.who.map((id) => names.get(id)).join(", ")}: ${e.what}`);
}

/** Each event as "who names: what [modality]". */
function eventsWithModality(text: string): string[] {
  const doc = analyze(text, { mediaType: "text/plain", published: "2020-03-04" });
  const names = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.name]));
  return (doc.layers.events ?? []).map(
    (e) => `${e.who.map((id) => names.get(id)).join(", ")}: ${e.what} [${e.modality}]`,
  );
}

describe("events: one per sentence with a participant and an event verb", () => {
  const rows: [string, string, string[]][] = [
    [
      "the verb and its clause",
      "Maria Lopez visited the Riverside air base on Monday.",
      ["Maria Lopez: visited the Riverside air base on Monday"],
    ],
    [
      "a verb form used as a noun is skipped for the verb after it",
      "After the meeting, Maria Lopez announced new taxes.",
      ["Maria Lopez: announced new taxes"],
    ],
    [
      "a participle opening the sentence is not its verb",
      "Meeting with world leaders in Geneva, John Carter warned of a trade war.",
      ["John Carter: warned of a trade war"],
    ],
    [
      "a participle describing a noun is not the verb",
      "The districts held by Maria Lopez's party voted against the plan.",
      ["Maria Lopez: voted against the plan"],
    ],
    ["a verb inside a quotation is what was said", "“We attacked nobody,” Maria Lopez said.", []],
    ["no event verb, no event", "Maria Lopez is the finance minister.", []],
    [
      "a deal finalized, in the present form of a headline",
      "Northwind Airlines finalizes a deal to buy 12 cargo planes.",
      ["Northwind Airlines: finalizes a deal to buy 12 cargo planes"],
    ],
    [
      "telling reporters is an event of the one who tells",
      "Maria Lopez told reporters the tax would be dropped.",
      ["Maria Lopez: told reporters the tax would be dropped"],
    ],
    [
      "leaving a post, in the progressive",
      "Maria Lopez is exiting her role as finance minister after five years.",
      ["Maria Lopez: exiting her role as finance minister after five years"],
    ],
    [
      "a forecast is an event of the one who made it",
      "Analyst John Carter has predicted that prices will fall.",
      ["John Carter: predicted that prices will fall"],
    ],
    [
      "a title's dot does not end the clause",
      "Maria Lopez met Mr. Carter and Dr. Ruiz in Geneva.",
      ["Maria Lopez, Carter, Ruiz: met Mr. Carter and Dr. Ruiz in Geneva"],
    ],
    ["time left is no event", "With 11 months left in the term of Maria Lopez, nothing is certain.", []],
    ["remaining to be seen is no event", "Whether Alma Reyes stays remains to be seen.", []],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(eventsOf(text), expected));

  it("a sentence without a date happens when the paragraph's last dated sentence did", () => {
    const doc = analyze("On Monday, John Carter arrived in Geneva. He met Maria Lopez there.", {
      mediaType: "text/plain",
      published: "2017-12-12",
    });
    assert.deepEqual(
      (doc.layers.events ?? []).map((e) => e.when),
      ["2017-12-11", "2017-12-11"],
    );
  });
});

describe("events: who is the agent, and whether it happened", () => {
  const rows: [string, string, string[]][] = [
    [
      "a member of a body is no agent for it; a name in the apposition before is",
      "In the end, Dana Whitfield, a member of the Harbour Planning Committee, has made strides in the talks.",
      ["Dana Whitfield: made strides in the talks [asserted]"],
    ],
    [
      "a member of a body described, unnamed, is no event's agent",
      "The Vermont Republican, a member of the House Harbour Safety Committee, has visited the base twice.",
      [],
    ],
    ["an unnamed fellow of an institute", "A senior fellow at the Harbour Institute visited the base on Monday.", []],
    [
      "the object is not an agent",
      "Senator Alma Reyes criticized the Harlow Institute on Tuesday.",
      ["Alma Reyes: criticized the Harlow Institute on Tuesday [asserted]"],
    ],
    [
      "a spokesman speaks for the person named in the subject; the outlet told is no agent",
      "A spokesman for Alma Reyes denied the report to the Daily Courier.",
      ["Alma Reyes: denied the report to the Daily Courier [asserted]"],
    ],
    [
      "a passive's agent is the one after by",
      "Tomas Brandt was fired by Governor Alma Reyes on Friday.",
      ["Alma Reyes: fired by Governor Alma Reyes on Friday [asserted]"],
    ],
    [
      "a relative clause aside is not the subject",
      "Tomas Brandt, who worked for Alma Reyes, resigned on Monday.",
      ["Tomas Brandt: resigned on Monday [asserted]"],
    ],
    [
      "an age, a home town and a description between the subject and its verb are read past",
      "Tomas Brandt, 55, of Millbrook, a village south of Ashford, pleaded guilty on Monday.",
      ["Tomas Brandt: pleaded guilty on Monday [asserted]"],
    ],
    [
      "a description is read past only to a name, not to a clause of its own",
      "Tomas Brandt has filed several lawsuits, although so far the outcomes remain unclear.",
      ["Tomas Brandt: filed several lawsuits [asserted]"],
    ],
    [
      "a body whose name holds a comma is the subject whole",
      "The Ministry of Agriculture, Forestry and Fisheries (MAFF) has unveiled a plan to cut costs.",
      ["Ministry of Agriculture, Forestry and Fisheries: unveiled a plan to cut costs [asserted]"],
    ],
    [
      "a negated action is flagged",
      "Tomas Brandt has not returned a request for comment.",
      ["Tomas Brandt: returned a request for comment [negated]"],
    ],
    [
      "a verb in a condition is hypothetical",
      "If Tomas Brandt resigned, Alma Reyes would lose her majority.",
      ["Tomas Brandt: resigned [hypothetical]"],
    ],
    [
      "a future is hypothetical",
      "Tomas Brandt will visit Oslo next week.",
      ["Tomas Brandt: visit Oslo next week [hypothetical]"],
    ],
    [
      "what officials say happened is reported; a meeting's partner takes part",
      "Officials say Tomas Brandt met Alma Reyes in Oslo.",
      ["Tomas Brandt, Alma Reyes: met Alma Reyes in Oslo [reported]"],
    ],
    [
      "a subordinate clause's verb is not the event when its subject names nobody: the statement is",
      "Alma Reyes said the council should wait until a new mayor is elected.",
      ["Alma Reyes: said the council should wait until a new mayor is elected [asserted]"],
    ],
    [
      "a statement with no event verb is the event, its speaker the quotes layer's",
      "“The bridge is safe,” Tomas Brandt said in a statement on Monday.",
      ["Tomas Brandt: said in a statement on Monday [asserted]"],
    ],
    ["a bare “…,” she said. adds nothing to the quotation: no event", "“The bridge is safe,” Alma Reyes said.", []],
    [
      "an inverted attribution: the source after the verb is who, what follows it is what",
      "“The bridge is safe,” said Tomas Brandt in a statement.",
      ["Tomas Brandt: said in a statement [asserted]"],
    ],
    [
      "a month's abbreviation does not end the description",
      "Alma Reyes visited the Harlow Institute on Nov. 8 with her staff.",
      ["Alma Reyes: visited the Harlow Institute on Nov. 8 with her staff [asserted]"],
    ],
    [
      "a speaker inferred from the context makes no statement event",
      "Alma Reyes spoke in Oslo for an hour. “The bridge is safe and the road is open.”",
      ["Alma Reyes: spoke in Oslo for an hour [asserted]"],
    ],
    [
      "an event verb with a named agent keeps the event, statement or not",
      "Alma Reyes said on Monday that she had resigned.",
      ["Alma Reyes: said on Monday that she had resigned [asserted]"],
    ],
    ["a subject that names nobody leaves no event", "The plane delivered Tomas Brandt to Oslo.", []],
    [
      "talks with someone make them a participant",
      "Alma Reyes went to Oslo for talks with Tomas Brandt.",
      ["Alma Reyes, Tomas Brandt: went to Oslo for talks with Tomas Brandt [asserted]"],
    ],
    [
      "a meeting's object stops at its first preposition",
      "Alma Reyes met Tomas Brandt at the Harlow Institute in Oslo.",
      ["Alma Reyes, Tomas Brandt: met Tomas Brandt at the Harlow Institute in Oslo [asserted]"],
    ],
    [
      "he stands for the person last named",
      "Tomas Brandt arrived in Oslo on Monday. He met Alma Reyes there.",
      [
        "Tomas Brandt: arrived in Oslo on Monday [asserted]",
        "Tomas Brandt, Alma Reyes: met Alma Reyes there [asserted]",
      ],
    ],
    [
      "in a subordinate clause, he stands for the sentence's subject, not the person named sentences before",
      "Tomas Brandt arrived in Oslo on Monday. Alma Reyes was back in the hot seat as she testified in Oslo.",
      ["Tomas Brandt: arrived in Oslo on Monday [asserted]", "Alma Reyes: testified in Oslo [asserted]"],
    ],
    [
      "a relative clause's verb belongs to its antecedent, which may name nobody",
      "The fund, which paid Tomas Brandt and left hundreds without pensions, closed.",
      [],
    ],
    [
      "a participle of an act with a by agent and no auxiliary, when the sentence has no other event verb",
      "The deal follows a lawsuit filed last year by the Harlow Institute, together with the Oslo Tenants Union.",
      ["Harlow Institute, Oslo Tenants Union: filed last year by the Harlow Institute [asserted]"],
    ],
    [
      "a by agent stands within a few words of by",
      "A memo released by the press office of the city council in reply to Maria Lopez showed the plan.",
      [],
    ],
    [
      "the names listed before the last item of a subject list are agents too",
      "On Monday, Maria Lopez, Tomas Brandt, and Alma Reyes sent a letter to the board.",
      ["Maria Lopez, Tomas Brandt, Alma Reyes: sent a letter to the board [asserted]"],
    ],
    [
      "a pronoun after a clause's coordinator stands for the person last named",
      "Tomas Brandt first disclosed the plan in Oslo, and he agreed to recount the details.",
      ["Tomas Brandt: agreed to recount the details [asserted]"],
    ],
    [
      "a participle of a state with a by agent is still no event",
      "The deal follows a fund led by the Harlow Institute.",
      [],
    ],
    [
      "after a comma, a clause opened by and has its own subject, not a noun listed before it",
      "It meant the growth of the Harlow Institute, the fall in fees, and the pledges the city has made to cut costs.",
      [],
    ],
    [
      "a piece after and with a verb of its own is another clause, not the subject",
      "The files came from Oslo, and the Harlow Institute panels included papers provided by Maria Lopez, in response to a letter he received from the board.",
      [],
    ],
    [
      "a sentence-opening 'Yet' is no phrase before the subject: the pronoun after it is",
      "Oslo talks\n\nAlma Reyes praised Tomas Brandt in Oslo on Monday.\n\nYet he resigned on Friday.",
      ["Alma Reyes: praised Tomas Brandt in Oslo on Monday [asserted]", "Tomas Brandt: resigned on Friday [asserted]"],
    ],
    [
      "the agency in a wire dateline is no agent",
      "MARLOW/FERRIN (Reuters) - A storm made landfall in Ohio on Sunday, the state’s wettest day this year.",
      [],
    ],
    [
      "after a wire dateline the subject is read as usual",
      "MARLOW (AP) — Maria Lopez visited the Riverside air base on Monday.",
      ["Maria Lopez: visited the Riverside air base on Monday [asserted]"],
    ],
    [
      "an organisation written before a person's name describes the person",
      "The Harlow Institute's Maria Lopez came to Oslo on Monday.",
      ["Maria Lopez: came to Oslo on Monday [asserted]"],
    ],
    [
      "a country that is the whole subject is the agent",
      "Norway imposed new fishing quotas on Monday.",
      ["Norway: imposed new fishing quotas on Monday [asserted]"],
    ],
    [
      "two countries joined by 'and' are both agents",
      "The Netherlands and Belgium condemned the vote.",
      ["Netherlands, Belgium: condemned the vote [asserted]"],
    ],
    ["a place that only qualifies the subject is no agent", "Ohio officials closed the bridge on Friday.", []],
    ["a place's possessive is no agent", "Ohio's governor closed the bridge on Friday.", []],
    [
      "a place after another place and a comma qualifies it",
      "A gunman in Marlow, Ohio, killed three people on Friday.",
      [],
    ],
    [
      "an opening phrase that ends in a place is read past",
      "In Lumina, Norway pledged new aid on Friday.",
      ["Norway: pledged new aid on Friday [asserted]"],
    ],
    ["the subject of a passive is no agent", "Norway was battered by strong winds on Friday.", []],
    [
      "a storm after a passive's by is the agent",
      "The coast was battered by Hurricane Velma on Friday.",
      ["Hurricane Velma: battered by Hurricane Velma on Friday [asserted]"],
    ],
    [
      "a storm named with its storm word is the agent",
      "Hurricane Velma battered the coast of Lumina on Saturday.",
      ["Hurricane Velma: battered the coast of Lumina on Saturday [asserted]"],
    ],
    [
      "the storm's bare name later is the same storm",
      "Typhoon Velma struck the islands on Monday. Velma then battered the coast.",
      ["Typhoon Velma: struck the islands on Monday [asserted]", "Typhoon Velma: battered the coast [asserted]"],
    ],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(eventsWithModality(text), expected));
});

describe("eventVerbsIn", () => {
  /** The list as one pattern, the way it was first written: the set must find exactly its matches. */
  const AS_PATTERN =
    /\b(flew|flown|fly|landed|arrived|visited|visits?|met|meets|meeting|talked|talks|spoke|held|hold|signed|announced|announces|made|attacked|killed|launched|went|travel(?:l)?ed|delivered|informed|communicated|returned|left|withdrew|withdrawn|sent|sends|ordered|declared|elected|appointed|resigned|arrested|charged|sentenced|fired|struck|bombed|invaded|captured|liberated|destroyed|opened|closed|agreed|rejected|approved|voted|passed|won|lost|died|injured|protested|marched|warned|called|urged|pledged|promised|threatened|accused|denied|confirmed|reported|released|published|filed|sued|ruled|banned|imposed|lifted|raised|cut|hosted|attended|joined|led|received|welcomed|thanked|congratulated|discussed|negotiated|demonstrated|retained|remains?|came|critici[sz]ed|slammed|blamed|defended|praised|endorsed|nominated|indicted|convicted|pleaded|testified|unveiled|proposed|vetoed|blocked|suspended|dismissed|hired|acquired|raided|detained|deported|expelled|condemned)\b/gi;
  const rows = [
    "Holm FLEW to Ankara and Met Lane; talks VISITS visit visiting",
    "re-elected, left-wing, so-called, won't, travelled/traveled, criticised criticized critici",
    "metal met_ met2 2met _met ‘met’ «left» Élodie visited café-visit naïve\u00a0met",
    "remain remains remained. ſent (long s) Kelvin \u212Aill killed",
    "",
  ];
  for (const text of rows)
    it(JSON.stringify(text.slice(0, 30)), () => {
      const expected = [...text.matchAll(AS_PATTERN)].map((m) => ({ index: m.index, word: m[0] }));
      assert.deepEqual(eventVerbsIn(text), expected);
    });
});

describe("events: when a month or a year after 'in' dates the sentence", () => {
  /** Each event as "who names: when", published on 2020-03-04. */
  function whenOf(text: string): string[] {
    const doc = analyze(text, { mediaType: "text/plain", published: "2020-03-04" });
    const names = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.name]));
    return (doc.layers.events ?? []).map((e) => `${e.who.map((id) => names.get(id)).join(", ")}: ${e.when ?? "-"}`);
  }
  const rows: [string, string, string[]][] = [
    ["a month and year after 'in'", "Alma Reyes opened a ferry line in June 2018.", ["Alma Reyes: 2018-06"]],
    ["a year after 'in'", "Tomas Brandt resigned in 2016.", ["Tomas Brandt: 2016"]],
    ["'last month' dates the act", "Tomas Brandt resigned last month.", ["Tomas Brandt: 2020-02"]],
    ["'earlier this year' dates the act", "Alma Reyes visited Oslo earlier this year.", ["Alma Reyes: 2020"]],
    ["'next month' in a plan dates nothing done", "Alma Reyes will visit Oslo next month.", ["Alma Reyes: -"]],
    ["a full date wins over a year", "Tomas Brandt resigned in 2016, on March 3, 2016.", ["Tomas Brandt: 2016-03-03"]],
    [
      "a year in what was predicted dates the prediction's content, not the prediction",
      "Alma Reyes predicted that the Harlow Institute will close in 2030.",
      ["Alma Reyes: -"],
    ],
    [
      "'since' bounds a span; it dates no act",
      "Since 2015, Alma Reyes has led the Harlow Institute.",
      ["Alma Reyes: -"],
    ],
    [
      "a month is not carried to the paragraph's next sentence",
      "Alma Reyes resigned in May 2019. Tomas Brandt joined the Harlow Institute.",
      ["Alma Reyes: 2019-05", "Tomas Brandt: -"],
    ],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(whenOf(text), expected));
});
