import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";
import type { Entity, Mention } from "../../core/document.js";
import { defineAnnotator } from "../../pipeline/annotator.js";
import { sentencesAnnotator } from "../sentences/index.js";
import { tokensAnnotator } from "../tokens/index.js";
import { entitiesAnnotator } from "./index.js";
import { mentionsAnnotator } from "./mentions.js";
import {
  dropPlacesThatAreNot,
  firstNameThenSurnameIsPerson,
  joinListedAreaNames,
  splitNameAfterOfficeInside,
} from "./refiners.js";

/** Roles a rule read in the text; the office cut out of one (roles:function) is tested on its own. */
const stated = (r: { rule: string }) => r.rule !== "roles:function";

const PIPELINE = [tokensAnnotator, sentencesAnnotator, mentionsAnnotator, entitiesAnnotator];

function entitiesOf(text: string): readonly Entity[] {
  return analyze(text, { pipeline: PIPELINE, mediaType: "text/plain" }).layers.entities ?? [];
}

const listed = (entities: readonly Entity[]) => entities.map((e) => `${e.type}:${e.name}`).join(", ");

/** The entities of a text whose mentions layer is the one given (the recognisers' output, fixed by the test). */
function entitiesFromMentions(text: string, mentions: readonly Mention[]): readonly Entity[] {
  const fixedMentions = defineAnnotator({
    name: "mentions",
    requires: ["tokens", "sentences"],
    produces: "mentions",
    annotate: () => [...mentions],
  });
  const pipeline = [tokensAnnotator, sentencesAnnotator, fixedMentions, entitiesAnnotator];
  return analyze(text, { pipeline, mediaType: "text/plain" }).layers.entities ?? [];
}

/** A name mention of `needle`'s `nth` occurrence in `text`. */
function mentionOf(
  text: string,
  needle: string,
  type: Mention["type"],
  rule: string,
  score: number,
  nth = 0,
  form: Mention["form"] = "name",
): Mention {
  let at = text.indexOf(needle);
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `"${needle}" (${nth}) in the text`);
  return { start: at, end: at + needle.length, type, form, rule, score };
}

describe("a party whip's office before a name is the person's role", () => {
  const rows: [string, string, string][] = [
    [
      '"It failed," Senate Minority Whip Dana Kowalczyk, D-Ill., responded on Monday.',
      "Dana Kowalczyk",
      "Senate Minority Whip",
    ],
    ["The vote was counted by House Majority Whip Colin Hartley on Tuesday.", "Colin Hartley", "House Majority Whip"],
  ];
  for (const [text, name, role] of rows)
    it(text, () => {
      const entities = entitiesOf(text);
      const person = entities.find((e) => e.name === name);
      assert.ok(person, `${name} among ${listed(entities)}`);
      assert.equal(person.type, "person");
      assert.ok(
        person.roles.some((r) => r.role === role),
        `role ${role} in ${person.roles.filter(stated).map((r) => r.role)}`,
      );
      assert.ok(!entities.some((e) => e.type === "organization" && e.name.includes("Whip")), listed(entities));
    });
});

describe("a group word after a title word is no person", () => {
  const rows: [string, string | undefined][] = [
    ["Major Jewish groups backed the plan on Monday.", undefined],
    ["House of Representatives Republicans voted for the bill.", undefined],
    // A name of two words that opens with a nationality's adjective is still a name.
    ["The bill was filed by Rep. French Hill of Arkansas.", "French Hill"],
    // A title's abbreviation after another title, and no name after them.
    ["Ms. Ferraro, who served as Lt. Gov. until 2014, spoke first.", "Ferraro"],
    ["He served as Lt. Gov for two terms before the war.", undefined],
  ];
  for (const [text, person] of rows)
    it(text, () => {
      const people = entitiesOf(text).filter((e) => e.type === "person");
      assert.deepEqual(
        people.map((e) => e.name),
        person ? [person] : [],
      );
    });
});

describe("a name written after a person's title makes its entity a person", () => {
  const text =
    "Dana Whitcombe's plan on guns\n\nDana Whitcombe unveiled it. Sen. Dana Whitcombe spoke on Monday. Whitcombe said more.";
  const headline = mentionOf(text, "Dana Whitcombe", "organization", "entities:ner-ORG", 0.97);
  const second = mentionOf(text, "Dana Whitcombe", "organization", "entities:ner-ORG", 0.97, 1);
  const titledName = mentionOf(text, "Dana Whitcombe", "person", "entities:titled-person", 0.9, 2);
  const titled = mentionOf(text, "Sen. Dana Whitcombe", "person", "entities:titled-person", 0.9, 0, "titled");
  const surname = mentionOf(text, "Whitcombe said", "person", "entities:ner-PER", 0.9);
  const lone = { ...surname, end: surname.start + "Whitcombe".length };

  it("one person, with the surname's mention, though the tagger's votes say organisation", () => {
    const entities = entitiesFromMentions(text, [headline, second, titledName, titled, lone]);
    assert.deepEqual(
      entities.map((e) => [e.type, e.name, e.mentions.length]),
      [["person", "Dana Whitcombe", 5]],
    );
  });
  it("without the titled mention the votes decide (organisation), as before", () => {
    const entities = entitiesFromMentions(text, [headline, second, lone]);
    assert.equal(entities.find((e) => e.name === "Dana Whitcombe")?.type, "organization");
  });
});

describe("a body named by a list of its areas is one organisation", () => {
  const rows: [string, string[]][] = [
    [
      "Sen. Ann Dorsey, chairman of the Senate Health, Education, Labor and Pensions Committee, said so.",
      ["Senate Health, Education, Labor and Pensions Committee"],
    ],
    [
      "Ben Ortiz is set to chair the Commerce, Science, and Transportation Committee next year.",
      ["Commerce, Science, and Transportation Committee"],
    ],
    [
      "The Banking, Housing and Urban Affairs Committee meets at 10 a.m.",
      ["Banking, Housing and Urban Affairs Committee"],
    ],
    [
      "Cal Reyes could chair the Senate Health, Education, Labor, and Pensions (HELP) Committee, which writes it.",
      ["Senate Health, Education, Labor, and Pensions (HELP) Committee"],
    ],
    [
      "He was an agent for the Bureau of Alcohol, Tobacco, Firearms and Explosives for ten years.",
      ["Bureau of Alcohol, Tobacco, Firearms and Explosives"],
    ],
    [
      "She is president of the Center for Health, Ethics and Social Policy in New York.",
      ["Center for Health, Ethics and Social Policy"],
    ],
  ];
  for (const [text, organisations] of rows)
    it(text, () => {
      const names = entitiesOf(text)
        .filter((e) => e.type === "organization")
        .map((e) => e.name);
      assert.deepEqual(names, organisations);
    });
});

describe("joinListedAreaNames leaves lists that are not one name", () => {
  const at = (text: string, needle: string): Mention =>
    mentionOf(text, needle, "organization", "entities:organisation-head-noun", 0.8);
  const rows: [string, string, string[]][] = [
    // A day opening the sentence is no area of the body.
    ["On Tuesday, Health and Human Services Department staff left.", "Health and Human Services Department", []],
    // Acronyms name companies of their own.
    ["It hired FVX Research, KQM Aviation and PXW Services last year.", "PXW Services", []],
    // The complement of "Departments of" lists departments.
    ["The Departments of Labor, Health and Human Services and Education will report.", "Health and Human Services", []],
    // The control: a list of areas before the head noun is joined.
    [
      "The Banking, Housing and Urban Affairs Committee met.",
      "Housing and Urban Affairs Committee",
      ["Banking, Housing and Urban Affairs Committee"],
    ],
  ];
  for (const [text, needle, joined] of rows)
    it(text, () => {
      const m = at(text, needle);
      const out = joinListedAreaNames([m], text, [{ start: 0, end: text.length }]);
      assert.deepEqual(
        out.filter((o) => o.rule.endsWith("+listed-areas")).map((o) => text.slice(o.start, o.end)),
        joined,
      );
    });
  it("nor runs the of-form over items the tagger marked as names of their own", () => {
    const text = "The Department of Energy, Exxon and Chevron agreed.";
    const mentions = [
      at(text, "Department of Energy"),
      mentionOf(text, "Exxon", "organization", "entities:ner-ORG", 0.9),
      mentionOf(text, "Chevron", "organization", "entities:ner-ORG", 0.9),
    ];
    const out = joinListedAreaNames(mentions, text, [{ start: 0, end: text.length }]);
    assert.deepEqual(
      out.map((o) => text.slice(o.start, o.end)),
      ["Department of Energy", "Exxon", "Chevron"],
    );
  });
});

describe("roles after a party-state tag, through a body's listed name, and not after a conjunction", () => {
  const rows: [string, string, string[]][] = [
    [
      '"Soon," said Sen. Ann Dorsey, R-Tenn., chairman of the Senate Health, Education, Labor and Pensions Committee.',
      "Ann Dorsey",
      ["Sen.", "chairman of the Senate Health, Education, Labor and Pensions Committee"],
    ],
    [
      "Sen. Ben Ortiz (D-N.Y.), the ranking member of the Senate Foreign Relations Committee, objected.",
      "Ben Ortiz",
      ["Sen.", "ranking member of the Senate Foreign Relations Committee"],
    ],
    // "and …" after the tag is the next item of a list.
    ["They courted Ann Dorsey, D-Mo., and a host of others in an effort to win.", "Ann Dorsey", []],
  ];
  for (const [text, name, roles] of rows)
    it(text, () => {
      const entities = entitiesOf(text);
      const person = entities.find((e) => e.name === name);
      assert.ok(person, `${name} among ${listed(entities)}`);
      assert.deepEqual(
        person.roles.filter(stated).map((r) => r.role),
        roles,
      );
    });
});

/** The name of the entity holding the mention that starts at `needle`'s `nth` occurrence in `text`. */
function ownerAt(text: string, needle: string, nth = 0): string | undefined {
  let at = text.indexOf(needle);
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  return entitiesOf(text).find((e) => e.mentions.some((m) => m.start === at))?.name;
}

/** Sentences about nothing in particular, to put distance between two mentions. */
const FILLER = " The committee met again in the afternoon and read the report aloud.".repeat(8);

describe("a surname alone and the one full name of a relative that ends with it", () => {
  const rows: [string, string, string, number, string | undefined][] = [
    [
      "an office holder is not the only full name, introduced as a spouse",
      "First lady Alma Brandt hosted the dinner on Friday. President Brandt spoke after it.",
      "Brandt spoke",
      0,
      "Brandt",
    ],
    [
      "a listed public figure's surname is not a relative's full name, far from it",
      `Sophie Trudeau visited the school on Monday.${FILLER} Trudeau said the budget would pass.`,
      "Trudeau said",
      0,
      "Trudeau",
    ],
    [
      "but a full name just before is who the surname means",
      "Sophie Trudeau visited the school on Monday. Trudeau said it went well.",
      "Trudeau said",
      0,
      "Sophie Trudeau",
    ],
    [
      "a relative's full name does not join the listed figure's surname named first",
      `Trudeau spoke on Monday.${FILLER} The visit was joined by Sophie Trudeau later.`,
      "Sophie Trudeau",
      0,
      "Sophie Trudeau",
    ],
  ];
  for (const [name, text, needle, nth, owner] of rows) it(name, () => assert.equal(ownerAt(text, needle, nth), owner));
  it("the listed figure's surname stays apart from the relative's entity", () => {
    const text = `Sophie Trudeau visited the school on Monday.${FILLER} Trudeau said the budget would pass.`;
    const sophie = entitiesOf(text).find((e) => e.name === "Sophie Trudeau");
    assert.equal(sophie?.mentions.length, 1);
  });
});

describe("firstNameThenSurnameIsPerson", () => {
  const ner = (text: string, needle: string, type: Mention["type"]): Mention =>
    mentionOf(text, needle, type, `entities:ner-${type === "place" ? "LOC" : "ORG"}`, 0.9);
  const rows: [string, string, Mention["type"], string[], Mention["type"]][] = [
    // The surname alone is a person elsewhere.
    [
      "Whitcombe said it works. Dana Whitcombe's plan is new.",
      "Dana Whitcombe",
      "organization",
      ["Whitcombe"],
      "person",
    ],
    // A role noun before it.
    ["It was written by columnist Maria Bartlow on Monday.", "Maria Bartlow", "place", [], "person"],
    // A role apposition after it.
    ["Dana Whitcombe, a senator from Ohio, objected.", "Dana Whitcombe", "organization", [], "person"],
    // No evidence of a person: a company's name that opens with a first name stays as the tagger read it.
    ["Morgan Stanley said profits rose.", "Morgan Stanley", "organization", [], "organization"],
    // A head noun of a body or a place.
    [
      "Whitcombe spoke. George Whitcombe University, a school, grew.",
      "George Whitcombe University",
      "organization",
      ["Whitcombe"],
      "organization",
    ],
    // A place the gazetteer knows.
    ["Whitcombe went to Ann Arbor, a town he likes.", "Ann Arbor", "place", ["Whitcombe"], "place"],
    // A middle initial and a generational suffix: the surname is still a person elsewhere.
    [
      "Dana K. Whitcombe Jr., counsel for the firm, spoke. Mr. Whitcombe sat down.",
      "Dana K. Whitcombe Jr.",
      "organization",
      ["Whitcombe"],
      "person",
    ],
    // A first name with an accent that the list has without it.
    ["Whitcombe spoke first. Then José Whitcombe replied.", "José Whitcombe", "organization", ["Whitcombe"], "person"],
    // An unlisted first name with a role noun right before it.
    ["The old dictator Tovald Brennick fled by night.", "Tovald Brennick", "organization", [], "person"],
    // An unlisted first name without a role noun: no evidence of a person.
    ["The shares of Tovald Brennick rose by night.", "Tovald Brennick", "organization", [], "organization"],
  ];
  for (const [text, needle, type, people, expected] of rows)
    it(`${needle} in "${text}"`, () => {
      const mentions = [
        ner(text, needle, type),
        ...people.map((p) => mentionOf(text, p, "person", "entities:ner-PER", 0.9)),
      ].sort((a, b) => a.start - b.start);
      const out = firstNameThenSurnameIsPerson(mentions, text, [{ start: 0, end: text.length }]);
      assert.equal(out.find((m) => text.slice(m.start, m.end) === needle)?.type, expected);
    });
});

describe("a name after an office of a department inside a mention", () => {
  const rows: [string, string, Mention["type"], string | undefined][] = [
    [
      "He met White House Chief of Staff Reince Priebus on Monday.",
      "White House Chief of Staff Reince Priebus",
      "place",
      "Reince Priebus",
    ],
    [
      "It was US Undersecretary of State Tom Shannon who called.",
      "US Undersecretary of State Tom Shannon",
      "organization",
      "Tom Shannon",
    ],
    // No department the list knows: the mention is left as it is.
    [
      "He met the Director of Mission Control Ann Lee on Monday.",
      "Director of Mission Control Ann Lee",
      "organization",
      undefined,
    ],
  ];
  for (const [text, needle, type, person] of rows)
    it(text, () => {
      const m = mentionOf(text, needle, type, "entities:ner-LOC", 0.9);
      const [out] = splitNameAfterOfficeInside([m], text, [{ start: 0, end: text.length }]);
      assert.ok(out);
      assert.deepEqual([out.type, text.slice(out.start, out.end)], person ? ["person", person] : [type, needle]);
    });
  it("leaves no place of the office's department and gives the person the office", () => {
    const entities = entitiesOf(
      "He met White House Chief of Staff Reince Priebus on Monday. Later, Chief of Staff John Kelly spoke. Kelly agreed.",
    );
    assert.deepEqual(
      entities.map((e) => [e.type, e.name, e.roles.filter(stated).map((r) => r.role)]),
      [
        ["person", "Reince Priebus", ["Chief of Staff"]],
        ["person", "John Kelly", ["Chief of Staff"]],
      ],
    );
  });
});

describe("dropPlacesThatAreNot: the department of an office", () => {
  const rows: [string, string, boolean][] = [
    ["Later, Chief of Staff John Kelly spoke.", "Staff", false],
    ["He is Secretary of the Navy now.", "Navy", false],
    // A department word not after an office "of" is left alone.
    ["The Navy sent a ship.", "Navy", true],
  ];
  for (const [text, needle, kept] of rows)
    it(text, () => {
      const m = mentionOf(text, needle, "place", "entities:ner-LOC", 0.9);
      assert.equal(dropPlacesThatAreNot([m], text, [{ start: 0, end: text.length }]).length, kept ? 1 : 0);
    });
});
