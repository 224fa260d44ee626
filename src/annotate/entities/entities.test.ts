import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";
import type { Entity } from "../../core/document.js";
import { sentencesAnnotator } from "../sentences/index.js";
import { tokensAnnotator } from "../tokens/index.js";
import { entitiesAnnotator, nameKey } from "./index.js";
import { mentionsAnnotator } from "./mentions.js";
import { lowerCaseLettersIn } from "./recognizers.js";
import { extendPersonByMonthSurname } from "./refiners.js";

const PIPELINE = [tokensAnnotator, sentencesAnnotator, mentionsAnnotator, entitiesAnnotator];

function entitiesOf(text: string): { entities: readonly Entity[]; text: string } {
  const doc = analyze(text, { pipeline: PIPELINE, mediaType: "text/plain" });
  return { entities: doc.layers.entities ?? [], text: doc.text };
}

const find = (entities: readonly Entity[], name: string) => entities.find((e) => e.name === name);
/** The names of a text's entities that `keep` accepts (all but misc by default), in reading order. */
const namesOf = (text: string, keep: (e: Entity) => boolean = (e) => e.type !== "misc"): string[] =>
  entitiesOf(text)
    .entities.filter(keep)
    .map((e) => e.name);
/** The roles a text gives the entity called `name`. */
const rolesOf = (text: string, name: string): string[] | undefined =>
  find(entitiesOf(text).entities, name)?.roles.map((r) => r.role);

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

describe("names the tagger cuts or takes wrongly", () => {
  const rows: [string, string, string, string[]][] = [
    [
      "a middle initial stays inside the name",
      "The memo was signed by John F. Kennedy in 1962.",
      "John F. Kennedy",
      [],
    ],
    [
      "a month word after a first name is the surname",
      "British Prime Minister Theresa May called on China to act.",
      "Theresa May",
      ["British Prime Minister"],
    ],
  ];
  for (const [name, text, entity, roles] of rows)
    it(name, () => {
      const { entities } = entitiesOf(text);
      const e = find(entities, entity);
      assert.ok(e, `found ${entities.map((x) => x.name).join(", ")}`);
      assert.deepEqual(
        e.roles.map((r) => r.role),
        roles,
      );
    });
  it("a month after a name stays a date when a day number follows", () => {
    const text = "The vote was moved by Maria Lopez May 5 after a long debate.";
    const start = text.indexOf("Maria");
    const mention = {
      start,
      end: start + "Maria Lopez".length,
      type: "person",
      form: "name",
      rule: "t",
      score: 1,
    } as const;
    const [out] = extendPersonByMonthSurname([mention], text, []);
    assert.equal(out && text.slice(out.start, out.end), "Maria Lopez");
  });
  it("a job title made of role words is not a person", () => {
    const { entities } = entitiesOf("Joel B. Pollak is Senior Editor-at-Large at Breitbart News.");
    assert.deepEqual(
      entities.filter((e) => e.type === "person").map((e) => e.name),
      ["Joel B. Pollak"],
    );
  });
});

describe("one-word names join the one person whose name they open", () => {
  const rows: [string, string, string[]][] = [
    ["an informal first name", "Bernie Sanders spoke first. Later Bernie left the hall.", ["Bernie Sanders"]],
    [
      "a family name written first",
      "Chinese Foreign Minister Wang Yi spoke on Monday. Wang said talks would go on.",
      ["Wang Yi"],
    ],
    [
      "two people with that first name keep it apart",
      "Bill Clinton and Bill Gates met. Bill waved to the crowd.",
      ["Bill Clinton", "Bill Gates", "Bill"],
    ],
  ];
  for (const [name, text, people] of rows)
    it(name, () => {
      const { entities } = entitiesOf(text);
      assert.deepEqual(
        entities.filter((e) => e.type === "person").map((e) => e.name),
        people,
      );
    });
});

describe("appositions", () => {
  it("a list item naming another person is not a role of the name before it", () => {
    const { entities } = entitiesOf(
      "It heard Michael Brune, CWA president Larry Cohen, and NAACP president Ben Jealous.",
    );
    assert.deepEqual(
      find(entities, "Michael Brune")?.roles.map((r) => r.role),
      [],
    );
    assert.deepEqual(
      find(entities, "Larry Cohen")?.roles.map((r) => r.role),
      ["CWA president"],
    );
  });
});

describe("what the tagger takes for organisations around US politicians' names", () => {
  const rows: [string, string[]][] = [
    [
      "Sen. Ted Cruz (R-TX) declined. Sen. Tom Udall (D-N.M.) spoke, as did Mitch McConnell (R-Ky.).",
      ["Ted Cruz", "Tom Udall", "Mitch McConnell"],
    ],
    ["The bill was opposed by Senate Minority Leader Mitch McConnell on Monday.", ["Mitch McConnell"]],
    ["Sierra Club President Ann Lee spoke.", ["Sierra Club", "Ann Lee"]],
    ["Collins called out Jerry Nadler, D-N.Y., for not telling him.", ["Jerry Nadler"]],
    ["Former Special Counsel Robert Mueller agreed to testify.", ["Robert Mueller"]],
  ];
  for (const [text, names] of rows) it(text, () => assert.deepEqual(namesOf(text), names));
});

describe("apposition roles stop at clause and list boundaries", () => {
  const rows: [string, string, string[]][] = [
    ["The speaker put the matter in stark terms: “The actions of the Trump presidency were wrong.”", "Trump", []],
    ["A video showed critics like the speaker and Rep. Ilhan Omar discussing impeachment.", "Ilhan Omar", ["Rep."]],
  ];
  for (const [text, name, roles] of rows) it(text, () => assert.deepEqual(rolesOf(text, name), roles));
});

describe("small-town names the text uses as something else are no places", () => {
  const rows: [string, string][] = [
    ["They asked about former Vice President Biden and his son Hunter.", "Biden"],
    ["Sens. Tom Harkin and Tom Udall spoke on Monday.", "Tom Harkin, Tom Udall"],
  ];
  for (const [text, names] of rows) it(text, () => assert.equal(namesOf(text).join(", "), names));
});

describe("a small town's name used as an ordinary word is no place", () => {
  const rows: [string, string][] = [
    ["He told her, “Come on, man, I heard you liked me.” She said she would come back.", ""],
    ["His book See No Evil is out. You can see it in stores in Morro Bay.", "Morro Bay"],
  ];
  for (const [text, places] of rows)
    it(text, () => assert.equal(namesOf(text, (e) => e.type === "place").join(", "), places));
});

describe("title roles stop at the sentence's opening word and at the sentence before", () => {
  const rows: [string, string, string[]][] = [
    ["When Mr. Trump announced the move, he surprised everyone.", "Trump", ["Mr."]],
    ["They spoke about Iran. Mr. Trump left the room.", "Trump", ["Mr."]],
    ["Indeed Dr. Peter Feaver agreed with the plan.", "Peter Feaver", ["Dr."]],
    ["Italy Prime Minister Mario Draghi spoke.", "Mario Draghi", ["Italy Prime Minister"]],
  ];
  for (const [text, name, roles] of rows) it(text, () => assert.deepEqual(rolesOf(text, name), roles));
});

describe("titled names with a middle initial, and offices named with of", () => {
  const rows: [string, string[]][] = [
    ["The move was backed by former President George W. Bush on Monday.", ["George W. Bush"]],
    ["The move was backed by Secretary of State Mike Pompeo on Monday.", ["Mike Pompeo"]],
  ];
  for (const [text, names] of rows) it(text, () => assert.deepEqual(namesOf(text), names));
});

describe("a surname first read as a place still joins the full name", () => {
  it("one person once the votes agree", () => {
    const { entities } = entitiesOf(
      "HURT: Six things Clinton said at the DNC\n\nBill Clinton spoke last night. Mr. Clinton spoke for an hour.",
    );
    assert.deepEqual(
      entities.filter((e) => e.type === "person").map((e) => e.name),
      ["Bill Clinton"],
    );
  });
});

describe("a rank word before a law's name is part of the name", () => {
  it("General Data Protection Regulation is no person", () =>
    assert.deepEqual(
      namesOf(
        "Europe passed the General Data Protection Regulation in 2016. General Mark Milley agreed.",
        (e) => e.type === "person",
      ),
      ["Mark Milley"],
    ));
});

describe("a state's party member", () => {
  const text =
    "Harry Reid, Nevada Democrat, has said he will allow amendments. “We need more,” the Kentucky Republican said.";
  it("is a role in an apposition", () => assert.deepEqual(rolesOf(text, "Harry Reid"), ["Nevada Democrat"]));
  it("is no person of its own", () =>
    assert.deepEqual(
      namesOf(text, (e) => e.type === "person"),
      ["Harry Reid"],
    ));
});

describe("lowerCaseLettersIn counts what /\\p{Ll}/gu finds in the slice", () => {
  const texts = ["NATO and the FBI said", "ÉLYSÉE élysée ß ǅ ǆ ﬁ", "𝒜𝒶 𝐚𝐛 😀x \ud835 \udcb6 end𝒶", ""];
  for (const text of texts)
    it(JSON.stringify(text), () => {
      for (let start = 0; start <= text.length; start++)
        for (let end = start; end <= text.length; end++)
          assert.equal(
            lowerCaseLettersIn(text, start, end),
            (text.slice(start, end).match(/\p{Ll}/gu) ?? []).length,
            `${start}..${end}`,
          );
    });
});
