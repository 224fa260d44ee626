import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FramingKind } from "../../../core/document.js";
import { runFramingRules } from "../annotator.js";
import { type DocSpec, entity, makeDoc } from "../testing.js";
import { absolutistRule } from "./absolutist.js";
import { buildContext, type FramingRule } from "./context.js";
import { loadedLanguageRule } from "./loaded-language.js";
import { oneSidedSourcingRule } from "./one-sided-sourcing.js";
import { opinionRule } from "./opinion.js";
import { onlyFunctionWords } from "./propaganda-model.js";
import { scareQuoteRule } from "./scare-quote.js";
import { countriesIn, sideOf } from "./sides.js";

/** Surface strings of the cues one rule finds. */
function surfaces(rule: FramingRule, text: string, spec: DocSpec = {}): string[] {
  return runFramingRules(buildContext(makeDoc(text, spec)), [rule]).map((c) =>
    c.start === undefined ? `<doc:${c.kind}>` : text.slice(c.start, c.end),
  );
}

function table(rule: FramingRule, rows: readonly [string, readonly string[], DocSpec?][]): void {
  for (const [text, expected, spec] of rows) {
    it(`${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () =>
      assert.deepEqual(surfaces(rule, text, spec), expected));
  }
}

describe("loaded-language rule", () => {
  table(loadedLanguageRule, [
    ["The heroic defenders held the line.", ["heroic defenders"]],
    ["The army won a complete victory over the rebels.", ["complete victory"]],
    ["The troops brilliantly demonstrated their skill.", ["brilliantly demonstrated"]],
    ["Soldiers began the long-awaited journey home.", ["long-awaited journey home"]],
    ["The regime sent thugs to the square.", ["regime", "thugs"]],
    ["It was an honourable decision and a disastrous one.", ["honourable decision", "disastrous one"]],
    // judgements of honesty and sense
    ["The county needlessly sent pupils to court under a misguided scheme.", ["needlessly sent", "misguided scheme"]],
    ["The paper-thin case rested on a bombshell memo and onerous rules.", ["paper-thin", "bombshell", "onerous rules"]],
    ["Voters punished the dishonesty of the campaign.", ["dishonesty"]],
    ["The hearing was a charade staged by miscreants.", ["charade", "miscreants"]],
    ["Needless to say, the meeting ran late.", []],
    // attackWords: verbs and adjectives of attack and disdain
    ["The union assailed the plan in a scathing letter.", ["assailed", "scathing letter"]],
    ["She railed against the swanky new offices and the meager raises.", ["railed against", "swanky", "meager"]],
    ["The union criticised the plan in a long letter.", []],
    // negatives: neutral report; loaded words inside a quote are the speaker's
    ["The minister said the talks would resume on Monday.", []],
    ['Officials called it "a disastrous and shameful decision" on Friday.', []],
    ["He said the regime had fallen.", [], { quotes: [{ text: "the regime had fallen", kind: "indirect" }] }],
    // "regime" as a system of rules, "so-called" before the name it introduces
    ["The sanctions regime is fraying.", []],
    ["Settlers set up a regime of religious liberty.", []],
    ["The bill, known as the so-called Clean Air Act, passed.", []],
    ["The so-called experts were wrong again.", ["so-called experts"]],
    ["The regime of General Varro fell.", ["regime"]],
    // a scare quote is the author's choice: the word inside it is the author's
    ['The "heroic" raid failed.', ["heroic"], { quotes: [{ text: "heroic", kind: "scare" }] }],
  ]);
});

describe("absolutist rule", () => {
  table(absolutistRule, [
    ["The city was completely destroyed.", ["completely"]],
    ["All residents fled the town.", ["All"]],
    ["They never returned and always lied.", ["never", "always"]],
    ["No one survived the entire ordeal.", ["No one", "entire"]],
    // negatives: counts, idioms, questions, quotes
    ["All 12 passengers survived.", []],
    ["It was not clear at all.", []],
    ["Will they always win?", []],
    ['"We will never give up," he said.', []],
    // a capitalised word inside a Title Case name is the name's, not the author's claim
    ["Crowds came to the Dance All Day festival in May.", []],
    ["Crowds came to the Dance festival and All stayed late.", ["All"]],
  ]);
});

describe("opinion rule", () => {
  table(opinionRule, [
    ["In summary: the operation succeeded.", ["In summary:"]],
    ["Clearly, the plan failed.", ["Clearly"]],
    ["The West must act now.", ["must"]],
    ["I believe this is wrong.", ["I believe"]],
    ["It is obvious that the deal collapsed.", ["It is obvious that"]],
    ["The bakery cut its prices. That’s good news for shoppers.", ["That’s good news"]],
    ["The good news is that the bridge reopens soon.", ["The good news is"]],
    ['"That is bad news for us," the mayor said.', []],
    // negatives
    ["The council met on Tuesday.", []],
    ['"We must act," she said.', []],
    // prescriptions that are not the author's: a conditional's inversion, a debated or held view, a question
    ["He would not say whether he would quit should he lose the vote.", []],
    ["Should the talks fail, the strike will go on.", []],
    ["The board is split over whether the port should be sold.", []],
    ["Few accept the notion that the city must pay for the repairs.", []],
    ["How should the town spend the money?", []],
    ["If the talks fail, the town should sell the port.", ["should"]],
    ["He is the last person who should run the port.", ["should"]],
    ["The town never cared about the port, and neither should you.", ["should"]],
  ]);
});

describe("scare-quote rule", () => {
  table(scareQuoteRule, [
    ['They held "elections" in the region.', ["elections"], { quotes: [{ text: "elections", kind: "scare" }] }],
    ['He said: "We will win."', [], { quotes: [{ text: "We will win.", kind: "direct" }] }],
    ["No quotes at all here.", []],
  ]);
});

describe("one-sided-sourcing rule", () => {
  const text = 'A said "one thing." B said "another thing." C said "a third thing."';
  const q = (t: string, speaker: string) => ({ text: t, kind: "direct" as const, speaker });
  const ru1 = entity("e1", "Sergei Shoigu", ["Russian Defense Minister"]);
  const ru2 = entity("e2", "Maria Zakharova", ["spokeswoman of the Russian Foreign Ministry"]);
  const ua = entity("e3", "Oleksii Reznikov", ["Ukrainian Defence Minister"]);
  const analyst = entity("e4", "Jane Doe", ["analyst"]);
  const who1 = entity("e5", "Tedros", ["WHO Director-General"]);
  const who2 = entity("e6", "Mike Ryan", ["WHO emergencies chief"]);
  const rows: [string, DocSpec, string | undefined][] = [
    [
      "two Russian officials",
      { entities: [ru1, ru2], quotes: [q("one thing.", "e1"), q("another thing.", "e2")] },
      "framing:one-side-voices",
    ],
    [
      "Russian and Ukrainian",
      { entities: [ru1, ua], quotes: [q("one thing.", "e1"), q("another thing.", "e3")] },
      undefined,
    ],
    [
      "Russian and an independent analyst",
      { entities: [ru1, analyst], quotes: [q("one thing.", "e1"), q("another thing.", "e4")] },
      undefined,
    ],
    [
      "only one speaker",
      { entities: [ru1], quotes: [q("one thing.", "e1"), q("another thing.", "e1")] },
      "framing:single-source",
    ],
    [
      "two WHO officials",
      { entities: [who1, who2], quotes: [q("one thing.", "e5"), q("another thing.", "e6")] },
      "framing:one-side-voices",
    ],
    [
      "a Russian official and Russian officials (attribution)",
      {
        entities: [ru1],
        quotes: [
          q("one thing.", "e1"),
          { text: "another thing.", kind: "indirect", attributedTo: "Russian officials" },
        ],
      },
      "framing:one-side-voices",
    ],
    ["scare quotes are not sourcing", { quotes: [{ text: "one thing.", kind: "scare" }] }, undefined],
    ["no quotes", {}, undefined],
  ];
  for (const [name, spec, expected] of rows) {
    it(name, () => {
      const cues = runFramingRules(buildContext(makeDoc(text, spec)), [oneSidedSourcingRule]);
      assert.deepEqual(
        cues.map((c) => c.rule),
        expected === undefined ? [] : [expected],
      );
      for (const c of cues) assert.equal(c.start, undefined, "document-level cue has no span");
    });
  }
  it("names the voices and the side in the note", () => {
    const [cue] = runFramingRules(buildContext(makeDoc(text, rows[0]?.[1])), [oneSidedSourcingRule]);
    assert.match(cue?.note ?? "", /RU/);
    assert.match(cue?.note ?? "", /Sergei Shoigu/);
    assert.match(cue?.note ?? "", /Maria Zakharova/);
  });
});

describe("sides", () => {
  const rows: [string, string[]][] = [
    ["Russian Defense Minister", ["RU"]],
    ["President of the Syrian Arab Republic", ["SY"]],
    ["the Kremlin", ["RU"]],
    ["a US envoy", ["US"]],
    ["he told us", []],
    ["senior analyst", []],
    // Names with dots, apostrophes and accents (the quick any-name test must match them as written).
    ["a U.S. official", ["US"]],
    ["the U.K. envoy", ["GB"]],
    ["People's Republic of China", ["CN"]],
    ["the Élysée", ["FR"]],
    ["Türkiye's president", ["TR"]],
    ["usurper of Russia", ["RU"]],
  ];
  for (const [phrase, expected] of rows) it(phrase, () => assert.deepEqual(countriesIn(phrase), expected));
  it("an organisation acronym is a side when no country is named", () => {
    assert.equal(sideOf({ label: "Tedros", roles: ["WHO Director-General"], isOrganisation: false })?.side, "WHO");
  });
  it("two countries in one voice make its side unknown", () => {
    assert.equal(sideOf({ label: "X", roles: ["Russian-Syrian liaison"], isOrganisation: false }), undefined);
  });
});

describe("kinds", () => {
  it("every rule's cues carry the rule's kind family and a rule name", () => {
    const text = "Clearly, the heroic army never lost. All of it was a complete victory.";
    const cues = runFramingRules(buildContext(makeDoc(text)), [loadedLanguageRule, absolutistRule, opinionRule]);
    const kinds = new Set<FramingKind>(cues.map((c) => c.kind));
    assert.deepEqual([...kinds].sort(), ["absolutist", "loaded-language", "opinion"]);
    for (const c of cues) assert.match(c.rule, /^framing:/);
  });
});

describe("one-sided sourcing reads pre-modifiers the role layer missed", () => {
  it("Russian President X and Russian Foreign Minister Y are one side", () => {
    const text =
      'Russian President Vladimir Putin said "we won." Foreign Minister Sergei Lavrov, a Russian diplomat, said "it is over."';
    const putin = {
      ...entity("e1", "Vladimir Putin", ["President"]),
      mentions: [
        {
          start: text.indexOf("Vladimir"),
          end: text.indexOf("Vladimir") + 14,
          form: "name" as const,
          certainty: "stated" as const,
        },
      ],
    };
    const lavrov = entity("e2", "Sergei Lavrov", ["Foreign Minister", "a Russian diplomat"]);
    const spec: DocSpec = {
      entities: [putin, lavrov],
      quotes: [
        { text: "we won.", kind: "direct", speaker: "e1" },
        { text: "it is over.", kind: "direct", speaker: "e2" },
      ],
    };
    const cues = runFramingRules(buildContext(makeDoc(text, spec)), [oneSidedSourcingRule]);
    assert.deepEqual(
      cues.map((c) => c.rule),
      ["framing:one-side-voices"],
    );
  });
});

describe("model spans made only of function words are noise", () => {
  const rows: [string, boolean][] = [
    ["the", true],
    ["would", true],
    ["still", true],
    ["of the", true],
    ["to win", false],
    ["so-called experts", false],
  ];
  for (const [span, noise] of rows) it(span, () => assert.equal(onlyFunctionWords(span), noise));
});
