import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";
import type { Entity } from "../../core/document.js";
import { sentencesAnnotator } from "../sentences/index.js";
import { tokensAnnotator } from "../tokens/index.js";
import { entitiesAnnotator, nameKey } from "./index.js";
import { mentionsAnnotator } from "./mentions.js";

const PIPELINE = [tokensAnnotator, sentencesAnnotator, mentionsAnnotator, entitiesAnnotator];

function entitiesOf(text: string): { entities: readonly Entity[]; text: string } {
  const doc = analyze(text, { pipeline: PIPELINE, mediaType: "text/plain" });
  return { entities: doc.layers.entities ?? [], text: doc.text };
}

const find = (entities: readonly Entity[], name: string) => entities.find((e) => e.name === name);

describe("entity roles", () => {
  const rows: [string, string, string[]][] = [
    ["On Monday, President Vladimir Putin met the press.", "Vladimir Putin", ["President"]],
    [
      "They met Russian Defense Minister General Sergei Shoigu at the base.",
      "Sergei Shoigu",
      ["Russian Defense Minister", "General"],
    ],
    [
      "The talks were led by the head of the delegation, Anna Kowalski, on Tuesday.",
      "Anna Kowalski",
      ["head of the delegation"],
    ],
    ["United Nations envoy Hans Grundberg said talks would resume.", "Hans Grundberg", ["United Nations envoy"]],
    [
      "“It is over,” said Elena Petrova, Chief Executive Officer of Northwind Energy.",
      "Elena Petrova",
      ["Chief Executive Officer of Northwind Energy"],
    ],
    ["Maria Lopez is a reporter at the Riverside Gazette.", "Maria Lopez", ["reporter at the Riverside Gazette"]],
    ["Brigadier General Omar Haddad inspected the troops.", "Omar Haddad", ["Brigadier General"]],
    [
      "It was led by West Virginia Attorney General Patrick Morrisey on Monday.",
      "Patrick Morrisey",
      ["West Virginia Attorney General"],
    ],
    ["On Tuesday, EPA Administrator Michael Regan announced new limits.", "Michael Regan", ["EPA Administrator"]],
    ["Councilman Ray Dubois, who voted against the plan, said it was risky.", "Ray Dubois", ["Councilman"]],
  ];
  for (const [text, name, roles] of rows) {
    it(text, () => {
      const { entities } = entitiesOf(text);
      const e = find(entities, name);
      assert.ok(e, `${name} found among ${entities.map((x) => `${x.type}:${x.name}`).join(", ")}`);
      assert.equal(e.type, "person");
      for (const r of roles)
        assert.ok(
          e.roles.some((x) => x.role === r),
          `role "${r}" in ${e.roles.map((x) => x.role).join(" | ")}`,
        );
    });
  }
});

describe("name-variant coreference", () => {
  it("joins a surname, a full name, a titled name and a licensed description", () => {
    const text =
      "President Emmanuel Macron arrived in Lyon. Macron spoke for an hour. Later the head of state left for Paris.";
    const { entities } = entitiesOf(text);
    const e = find(entities, "Emmanuel Macron");
    assert.ok(e);
    const surfaces = e.mentions.map((m) => `${text.slice(m.start, m.end)}/${m.form}`);
    assert.deepEqual(surfaces, [
      "President Emmanuel Macron/titled",
      "Emmanuel Macron/name",
      "Macron/name",
      "the head of state/description",
    ]);
    assert.equal(e.mentions.find((m) => m.form === "description")?.certainty, "inferred");
  });

  it("does not link a description to someone whose roles do not license it", () => {
    const { entities } = entitiesOf(
      "Coach Tom Reilly praised his players. Later the head of state sent congratulations.",
    );
    const e = find(entities, "Tom Reilly");
    assert.ok(e);
    assert.ok(!e.mentions.some((m) => m.form === "description"));
  });

  it("joins an acronym to the organisation it abbreviates", () => {
    const { entities } = entitiesOf(
      "The World Health Organization warned on Friday. The WHO said cases were rising in Europe.",
    );
    const e = find(entities, "World Health Organization");
    assert.ok(e, entities.map((x) => x.name).join(", "));
    assert.equal(e.mentions.length, 2);
  });

  it("keys names without case, diacritics, possessives or company suffixes", () => {
    const rows: [string, string][] = [
      ["Erdoğan's", "erdogan"],
      ["The United Nations", "united nations"],
      ["Northwind Energy Ltd.", "northwind energy"],
    ];
    for (const [name, key] of rows) assert.equal(nameKey(name), key);
  });
});

describe("mention recognisers and refiners", () => {
  it("finds organisations by their head noun, nested ones too", () => {
    const { entities } = entitiesOf(
      "The Chief of the General Staff of the Armed Forces of the Russian Federation spoke. The Center for Syncretic Studies replied.",
    );
    const orgs = entities.filter((e) => e.type === "organization").map((e) => e.name);
    assert.ok(orgs.includes("Armed Forces of the Russian Federation"), orgs.join(" | "));
    assert.ok(orgs.includes("Center for Syncretic Studies"), orgs.join(" | "));
    assert.ok(!orgs.some((o) => o.startsWith("Chief")), "a person's role is not part of an organisation's name");
  });

  it("keeps an 'and' inside an organisation's of-complement, not between two names", () => {
    const { entities } = entitiesOf(
      "The International Association of Machinists and Aerospace Workers said talks had failed. Ships left Tartus and Navy vessels followed.",
    );
    const orgs = entities.filter((e) => e.type === "organization").map((e) => e.name);
    assert.ok(orgs.includes("International Association of Machinists and Aerospace Workers"), orgs.join(" | "));
    assert.ok(!orgs.some((o) => o.includes(" and Navy")), orgs.join(" | "));
  });

  it("types city names as places even where the model learned them as football clubs", () => {
    const { entities } = entitiesOf("All trains between Plymouth and Penzance have been cancelled, the operator said.");
    for (const name of ["Plymouth", "Penzance"]) assert.equal(find(entities, name)?.type, "place", name);
  });

  it("takes no names from kicker labels, greetings or list-item verbs", () => {
    const { entities } = entitiesOf(
      "WATCH: Happy New Year – the minister goes home\n\n1) Leaving Kabul now, the army regrouped.",
    );
    const names = entities.map((e) => e.name);
    for (const bad of ["WATCH", "Happy New Year", "Happy", "Leaving Kabul"])
      assert.ok(!names.includes(bad), `${bad} in ${names.join(", ")}`);
  });
});

describe("names that open with a word of the not-a-name list", () => {
  const rows: [string, string][] = [
    ["Nick Nyhart singled out Kentucky, New York, and North Carolina as targets.", "New York"],
    ["In New York, activists are pressuring state lawmakers.", "New York"],
    ["The prime minister of New Zealand arrived on Monday.", "New Zealand"],
  ];
  for (const [text, name] of rows)
    it(`${name} keeps its first word`, () => {
      const { entities } = entitiesOf(text);
      assert.ok(find(entities, name), `found ${entities.map((e) => e.name).join(", ")}`);
    });
  it("a greeting made only of such words is still no name", () => {
    const { entities } = entitiesOf("Happy New Year to all our readers.");
    assert.equal(find(entities, "New Year"), undefined);
    assert.equal(find(entities, "Year"), undefined);
  });
});
