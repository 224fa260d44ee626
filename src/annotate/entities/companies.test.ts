import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";
import type { Entity, Mention } from "../../core/document.js";
import { sentencesAnnotator } from "../sentences/index.js";
import { tokensAnnotator } from "../tokens/index.js";
import {
  capitalTheOpensName,
  companiesByContext,
  companySuffixesAreOrganisations,
  papersAfterCapitalTheAreOrganisations,
  papersNamedByTheirHeadAlone,
  parallelListItemsShareTheirType,
  regionNamesByContext,
} from "./companies.js";
import { entitiesAnnotator } from "./index.js";
import { mentionsAnnotator, outletIsOrganisation } from "./mentions.js";

const PIPELINE = [tokensAnnotator, sentencesAnnotator, mentionsAnnotator, entitiesAnnotator];

function entitiesOf(text: string, outlet?: string): readonly Entity[] {
  return (
    analyze(text, { pipeline: PIPELINE, mediaType: "text/plain", ...(outlet ? { outlet } : {}) }).layers.entities ?? []
  );
}

/** The whole text as one readable range. */
const whole = (text: string) => [{ start: 0, end: text.length }];

const mention = (text: string, name: string, type: Mention["type"], rule = "entities:ner-PER"): Mention => {
  const start = text.indexOf(name);
  assert.ok(start >= 0, name);
  return { start, end: start + name.length, type, form: "name", rule, score: 0.8 };
};

describe("companiesByContext: a name in a company's context is an organisation", () => {
  const rows: [string, string][] = [
    ["Shares of Brightwell fell 4% on Tuesday after the report.", "Brightwell"],
    ["The battery maker Voltaro filed for bankruptcy last year.", "Voltaro"],
    ["She banks with the fintech startup Lumo, which has no branches.", "Lumo"],
    ["In a note to clients, Kestrel analyst Dana Ruiz cut her forecast.", "Kestrel"],
    ["Marisol Ortega, chief executive of Quillstone, declined to say more.", "Quillstone"],
    // The possessive before a ticker may be the name's ("Lowe's") or the stock's: it is left out.
    ["Retail peer Harrow’s (HRW) stock is off too, down 1.8%.", "Harrow"],
    ["The recreational vehicle-maker Tundrix is among the firms affected.", "Tundrix"],
    ["Lumora CEO Dana Ruiz told investors the plan had worked.", "Lumora"],
    ["Harbour Planning Committee Chairman Colin Hartley objected.", "Harbour Planning Committee"],
    // The region before the company noun is no company: "start-up" names the one that is.
    ["He is the founder of Harbour Valley start-up Lumora.", "Lumora"],
    // A first name alone may be a company's ("Kia"); a car maker's dealers and vehicles say which it is.
    ["Shares of Kia slid after the carmaker cut its forecast.", "Kia"],
    ["He traded his truck in at a Kia dealership last spring.", "Kia"],
    ["Brightwell vehicles were recalled over faulty brakes.", "Brightwell"],
  ];
  for (const [text, name] of rows)
    it(name, () => {
      const found = companiesByContext([], text, whole(text));
      assert.deepEqual(
        found.map((m) => [text.slice(m.start, m.end), m.type]),
        [[name, "organization"]],
      );
    });

  const none: [string, string][] = [
    ["a title opens the run", "The company President Karim Haddad spoke first."],
    ["the owner's name before 'founded'", "It is the company Ortiz founded in 1990."],
    ["a person's full name", "Dana Ruiz analysts were not consulted."],
    ["a month", "Shares of May contracts rose."],
    ["initials in the plural", "Several health insurer CEOs met the minister."],
    ["a pronoun with its verb", "She is the best change-maker I've ever met."],
    ["the end of a longer run", "She was a former State Department Middle East analyst."],
    ["a common word the text writes in lower case too", "Many analysts expect a cut, and many investors agree."],
    ["a lower-case word", "the company said shares of the group rose."],
  ];
  for (const [why, text] of none)
    it(`not: ${why}`, () => {
      const mentions = why === "a person's full name" ? [mention(text, "Dana Ruiz", "person")] : [];
      const found = companiesByContext(mentions, text, whole(text));
      assert.deepEqual(
        found.filter((m) => m.type === "organization").map((m) => text.slice(m.start, m.end)),
        [],
      );
    });

  it("retypes the tagger's person or place of that name, there and elsewhere", () => {
    const text = "Varo said it would grow. Shares of Varo rose. Later Varo hired staff.";
    const ms = [0, 2].map((n) => {
      let at = -1;
      for (let i = 0; i <= n; i++) at = text.indexOf("Varo", at + 1);
      return {
        start: at,
        end: at + 4,
        type: "person" as const,
        form: "name" as const,
        rule: "entities:ner-PER",
        score: 0.6,
      };
    });
    const found = companiesByContext(ms, text, whole(text));
    assert.deepEqual(
      found.map((m) => m.type),
      ["organization", "organization", "organization"],
    );
  });

  it("leaves a name that a byline rule made a person", () => {
    const text = "Shares of Lumo rose.";
    const ms = [mention(text, "Lumo", "person", "entities:byline")];
    assert.equal(companiesByContext(ms, text, whole(text))[0]?.type, "person");
  });
});

describe("companySuffixesAreOrganisations: a 'person' named with a company's suffix is the company", () => {
  const rows: [string, string, Mention["type"]][] = [
    ["She left her role at Harrow Bros. after five years.", "Harrow Bros.", "organization"],
    ["Tundrix Holdings said profits rose.", "Tundrix Holdings", "organization"],
    ["Kessa Motors will recall the vans.", "Kessa Motors", "organization"],
    ["Fares rose, Velde Airlines said.", "Velde Airlines", "organization"],
    ["Dana Ruiz said profits rose.", "Dana Ruiz", "person"],
  ];
  for (const [text, name, type] of rows)
    it(name, () => {
      const [m] = companySuffixesAreOrganisations([mention(text, name, "person")], text, whole(text));
      assert.equal(m?.type, type);
    });

  // [why, text, the stem's type after the rule]
  const stems: [string, string, Mention["type"]][] = [
    ["the name without its suffix is the company too", "Kessa Motors will recall vans, Kessa said.", "organization"],
    [
      "not when a person of the article has it in a full name",
      "Kessa Motors will recall vans, Kessa said. Dana Kessa founded Kessa Motors.",
      "person",
    ],
  ];
  for (const [why, text, type] of stems)
    it(why, () => {
      const stem = text.indexOf("Kessa said");
      const ms = [
        mention(text, "Kessa Motors", "person"),
        { ...mention(text, "Kessa", "person"), start: stem, end: stem + 5 },
        ...(text.includes("Dana Kessa") ? [mention(text, "Dana Kessa", "person")] : []),
      ];
      const out = companySuffixesAreOrganisations(ms, text, whole(text));
      assert.equal(out.find((m) => m.start === stem)?.type, type);
    });
});

describe("papersAfterCapitalTheAreOrganisations: a 'person' after a capital 'The' named like a paper is the paper", () => {
  const rows: [string, string, Mention["type"]][] = [
    [
      "He took aim at the mayor, telling The Harbour Standard that the plan was weak.",
      "Harbour Standard",
      "organization",
    ],
    ["She wrote for The Valley Courier for years.", "Valley Courier", "organization"],
    // At a sentence's start the capital says nothing; without a paper's head noun the name stays a person's.
    ["The Harbour Standard reported it first.", "Harbour Standard", "person"],
    ["He met The Rev. Dana Ruiz on Monday.", "Dana Ruiz", "person"],
  ];
  for (const [text, name, type] of rows)
    it(text, () => {
      const [m] = papersAfterCapitalTheAreOrganisations([mention(text, name, "person")], text, whole(text));
      assert.equal(m?.type, type);
    });
});

describe("papersNamedByTheirHeadAlone: a paper's head noun alone after 'the' is the paper", () => {
  // text, the mention, its type and rule, the type expected
  const rows: [string, string, Mention["type"], string, Mention["type"]][] = [
    ["She told the Guardian on Monday that she would run.", "Guardian", "misc", "entities:ner-MISC", "organization"],
    ["The Economist reported the figures first.", "Economist", "person", "entities:ner-PER", "organization"],
    // No "the" before it, a longer name, or a mention a rule made: left as it is.
    ["A Guardian angel statue stood by the gate.", "Guardian", "misc", "entities:ner-MISC", "misc"],
    ["Crowds filled the Times Square plaza.", "Times Square", "place", "entities:ner-LOC", "place"],
    ["He quoted the Observer in full.", "Observer", "misc", "entities:named-thing", "misc"],
  ];
  for (const [text, name, type, rule, expected] of rows)
    it(text, () => {
      const [m] = papersNamedByTheirHeadAlone([mention(text, name, type, rule)], text, whole(text));
      assert.equal(m?.type, expected);
    });
});

describe("capitalTheOpensName: a capital 'The' inside a sentence is part of the name", () => {
  const rows: [string, string, string][] = [
    ["The figure was wrong, according to The Harbour Times.", "Harbour Times", "The Harbour Times"],
    ["He told The Daily Ledger on Monday.", "Daily Ledger", "The Daily Ledger"],
    ["(The Daily Ledger) reported it.", "Daily Ledger", "Daily Ledger"],
    ["The Daily Ledger reported it first.", "Daily Ledger", "Daily Ledger"],
    ["Why We Read The Daily Ledger", "Daily Ledger", "Daily Ledger"],
  ];
  for (const [text, name, want] of rows)
    it(`${text} → ${want}`, () => {
      const [m] = capitalTheOpensName([mention(text, name, "organization", "entities:ner-ORG")], text, whole(text));
      assert.equal(text.slice(m?.start ?? 0, m?.end ?? 0), want);
    });

  it("leaves people and places alone", () => {
    const text = "They flew over The Hague.";
    const [m] = capitalTheOpensName([mention(text, "Hague", "place", "entities:ner-LOC")], text, whole(text));
    assert.equal(text.slice(m?.start ?? 0, m?.end ?? 0), "Hague");
  });
});

describe("the outlet's name is an organisation wherever the page writes it", () => {
  const text = "Subscribe to Lanternpost\n\nThe mayor spoke on Monday about the budget.\n\n© 2020 Lanternpost";

  it("adds a mention where no mention stands, on the furniture too", () => {
    const ms = outletIsOrganisation([], text, { name: "Lanternpost" });
    assert.deepEqual(
      ms.map((m) => [m.start, text.slice(m.start, m.end), m.type]),
      [
        [13, "Lanternpost", "organization"],
        [text.lastIndexOf("Lanternpost"), "Lanternpost", "organization"],
      ],
    );
  });

  it("retypes a mention of the name and adds none over another mention", () => {
    const person = mention(text, "Lanternpost", "person");
    const ms = outletIsOrganisation([person], text, { name: "Lanternpost" });
    assert.deepEqual(
      ms.map((m) => [m.start, m.type]),
      [
        [13, "organization"],
        [text.lastIndexOf("Lanternpost"), "organization"],
      ],
    );
  });

  it("looks for no outlet name in lower case without a publication's noun", () => {
    const line = "The first of many hearings opened on Monday.";
    assert.deepEqual(outletIsOrganisation([], line, { name: "first of many" }), []);
    const trade = "Read the latest edition of harbour magazine online.";
    assert.equal(outletIsOrganisation([], trade, { name: "harbour magazine" }).length, 1);
  });

  it("looks for no outlet name that opens with a person's first name", () => {
    const notice = "COPYRIGHT 2016 JANE Q. ROE\n\nJane wrote the column.";
    assert.deepEqual(outletIsOrganisation([], notice, { name: "JANE Q" }), []);
  });

  it("looks for no outlet name of fewer than three letters", () => {
    const clock = "The meeting ends at 5 PM on Monday.";
    assert.deepEqual(outletIsOrganisation([], clock, { name: "PM" }), []);
  });

  it("in a whole analysis, the outlet named only in the furniture is an organisation", () => {
    const outlet = entitiesOf(text, "Lanternpost").find((e) => e.name === "Lanternpost");
    assert.equal(outlet?.type, "organization");
  });
});

describe("an entity whose mention opens with a capital 'The' is named without it", () => {
  it("keeps the article in the mention and leaves it out of the name", () => {
    const text = "The figures were checked, according to The Harbour Times, which asked the ministry.";
    const paper = entitiesOf(text).find((e) => e.type === "organization");
    assert.equal(paper?.name, "Harbour Times");
    assert.deepEqual(
      paper?.mentions.map((m) => text.slice(m.start, m.end)),
      ["The Harbour Times"],
    );
  });
});

describe("regionNamesByContext: a name shared by a region and a company is what the words around it say", () => {
  /** Each occurrence of `name` as a mention of `type` from `rule`, plus the other organisations named. */
  const mentionsOf = (text: string, name: string, others: readonly string[] = []): Mention[] => {
    const out: Mention[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      out.push({ start: at, end: at + name.length, type: "place", form: "name", rule: "entities:ner-LOC", score: 0.8 });
    for (const o of others) out.push(mention(text, o, "organization", "entities:ner-ORG"));
    return out.sort((a, b) => a.start - b.start);
  };
  // [why, text, name, other organisations named, the name's types in order]
  const rows: [string, string, string, string[], string[]][] = [
    ["its staff after a possessive", "Patagonia's workers walked out on Friday.", "Patagonia", [], ["organization"]],
    [
      "listed with companies, one of them unnamed by the tagger",
      "Rivals such as Brightwell, Lumora and Amazon cut prices.",
      "Amazon",
      ["Brightwell"],
      ["organization"],
    ],
    ["bought through it", "You can order the lamp on Amazon for less.", "Amazon", [], ["organization"]],
    [
      "a company's doing, and every other mention of it",
      "Amazon said on Monday it would hire drivers. By June Amazon was everywhere.",
      "Amazon",
      [],
      ["organization", "organization"],
    ],
    ["a ticker with its first letter", "Quarterly sales at Amazon (AMZN.O) rose.", "Amazon", [], ["organization"]],
    [
      "'the', a region's noun and a place's possessive keep it a place",
      "Loggers cleared the Amazon. Amazon fires spread across Brazil's Amazon.",
      "Amazon",
      [],
      ["place", "place", "place"],
    ],
    [
      "both kinds: each mention its own cue's, an uncued one its nearest cue's",
      "Amazon's drivers struck. Amazon agreed. Later the Amazon rainforest burned.",
      "Amazon",
      [],
      ["organization", "organization", "place"],
    ],
    ["a state's name is left alone", "Georgia's workers walked out on Friday.", "Georgia", [], ["place"]],
    ["no cue at all", "Patagonia is a long way off.", "Patagonia", [], ["place"]],
  ];
  for (const [why, text, name, others, expected] of rows)
    it(why, () => {
      const out = regionNamesByContext(mentionsOf(text, name, others), text, whole(text));
      assert.deepEqual(
        out.filter((m) => text.slice(m.start, m.end) === name).map((m) => m.type),
        expected,
      );
    });
});

describe("parallelListItemsShareTheirType: the unnamed items of a semicolon list are of their fellows' kind", () => {
  // [why, text, mentions the tagger found (name: type), the names added with their type]
  const rows: [string, string, [string, Mention["type"]][], string[]][] = [
    [
      "two companies make the others companies",
      "Plants opened: Brightwell in Ohio; Kia in Georgia; Lumora in Texas; and Voltaro in Utah.",
      [
        ["Brightwell", "organization"],
        ["Ohio", "place"],
        ["Georgia", "place"],
        ["Lumora", "organization"],
        ["Texas", "place"],
        ["Utah", "place"],
      ],
      ["organization:Kia", "organization:Voltaro"],
    ],
    [
      "people make people",
      "Winners: Dana Ruiz in Ohio; Ana Velde in Utah; Marlow in Texas.",
      [
        ["Dana Ruiz", "person"],
        ["Ohio", "place"],
        ["Ana Velde", "person"],
        ["Utah", "place"],
        ["Texas", "place"],
      ],
      ["person:Marlow"],
    ],
    [
      "items of two kinds add nothing",
      "Sites: Brightwell in Ohio; Dana Ruiz in Utah; Kia in Texas.",
      [
        ["Brightwell", "organization"],
        ["Dana Ruiz", "person"],
      ],
      [],
    ],
    [
      "one named item is not enough",
      "Sites: Brightwell in Ohio; Kia in Utah; Lumo in Texas.",
      [["Brightwell", "organization"]],
      [],
    ],
  ];
  for (const [why, text, found, expected] of rows)
    it(why, () => {
      const ms = found.map(([name, type]) => mention(text, name, type, "entities:ner-ORG"));
      const added = parallelListItemsShareTheirType(ms, text, whole(text)).filter((m) => !ms.includes(m));
      assert.deepEqual(
        added.map((m) => `${m.type}:${text.slice(m.start, m.end)}`),
        expected,
      );
    });
});
