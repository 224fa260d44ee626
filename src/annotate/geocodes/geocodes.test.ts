import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entity, EntityType } from "../../core/document.js";
import { lookupPlace } from "../geo/gazetteer.js";
import { geocodePlaces } from "./index.js";

/** Entities of `text`: every whole-word occurrence of each listed name is a name mention. */
function entitiesOf(text: string, listed: readonly (readonly [string, EntityType])[]): Entity[] {
  return listed.map(([name, type], i) => {
    const re = new RegExp(String.raw`(?<![\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\p{L}])`, "gu");
    const mentions = [...text.matchAll(re)].map((m) => ({
      start: m.index,
      end: m.index + name.length,
      form: "name" as const,
      certainty: "stated" as const,
    }));
    assert.ok(mentions.length > 0, `test setup: "${name}" is not in the text`);
    return { id: `e${i}`, type, name, roles: [], mentions };
  });
}

interface Case {
  readonly title: string;
  readonly text: string;
  readonly entities: readonly (readonly [string, EntityType])[];
  /** Place name → expected country (and feature code), or null: no geocode. */
  readonly expect: Readonly<Record<string, { country: string; featureCode?: string; near?: [number, number] } | null>>;
}

const P = "place" as const;
const PER = "person" as const;

const cases: readonly Case[] = [
  {
    title: "a title abbreviation before a name is not a place (Sens, Yonne)",
    text: "At the meeting, attendees heard from Sens. Tom Harkin and Rep. Jim Smith about Iowa.",
    entities: [
      ["Sens", P],
      ["Rep", P],
      ["Iowa", P],
    ],
    expect: { Sens: null, Rep: null, Iowa: { country: "US", featureCode: "ADM1" } },
  },
  {
    title: "after a comma the same letters are a state qualifier, and the town keeps its geocode",
    text: "Officials in Dover, Del. said the storm had passed.",
    entities: [
      ["Dover", P],
      ["Del", P],
    ],
    expect: { Del: { country: "US", featureCode: "ADM1" }, Dover: { country: "US" } },
  },
  {
    title: "small towns named like English words get no geocode when nothing places them",
    text: "His new book, See No Evil: 19 Hard Truths, is out. “Much remains to be done,” he said. Friends of the Earth agreed.",
    entities: [
      ["See", P],
      ["Hard", P],
      ["Much", P],
      ["Earth", P],
    ],
    expect: { See: null, Hard: null, Much: null, Earth: null },
  },
  {
    title: "a small town written as a place keeps its geocode: a preposition, a qualifier, a dateline",
    text: "LIBERAL, Kan. — Farmers met in Aventura, Fla. and at Davos before flying home.",
    entities: [
      ["LIBERAL", P],
      ["Aventura", P],
      ["Davos", P],
    ],
    expect: {
      LIBERAL: { country: "US", near: [37.04, -100.92] },
      Aventura: { country: "US", near: [25.96, -80.14] },
      Davos: { country: "CH" },
    },
  },
  {
    title: "a small town listed after a locative, after 'residents of' or before 'area' is written as a place",
    text: "Flights ran between Tokyo and Liberal. Residents of Tewkesbury were warned. Fighting hit the Sinjar area.",
    entities: [
      ["Tokyo", P],
      ["Liberal", P],
      ["Tewkesbury", P],
      ["Sinjar", P],
    ],
    expect: { Liberal: { country: "US" }, Tewkesbury: { country: "GB" }, Sinjar: { country: "IQ" } },
  },
  {
    title: "a word of a person's name is the person (a surname, a first name, a name after an initial)",
    text: "Phil Radford spoke. Radford, Brune and Cohen met Bernie Sanders; Bernie left. President George W. Bush came too.",
    entities: [
      ["Phil Radford", PER],
      ["Radford", P],
      ["Bernie Sanders", PER],
      ["Bernie", P],
      ["Bush", P],
    ],
    expect: { Radford: null, Bernie: null, Bush: null },
  },
  {
    title: "a major place sharing a person's name is the person only when it speaks",
    text: "Rep. Jim Jordan spoke on CNN. “Not now,” Jordan said, adding that he would wait. Later, Washington said it would act, as George Washington had.",
    entities: [
      ["Jim Jordan", PER],
      ["George Washington", PER],
      ["Jordan", P],
      ["Washington", P],
    ],
    expect: { Jordan: null, Washington: { country: "US", featureCode: "PPLC" } },
  },
  {
    title: "a region named like a company is the company without 'the' before it or a geographic noun after it",
    text: "The book is available from Regnery through Amazon. Fires burned in the Amazon.",
    entities: [["Amazon", P]],
    expect: { Amazon: { country: "BR", featureCode: "RGN" } },
  },
  {
    title: "a name introduced by a company noun is the company, even where the article names its region",
    text: "Kurt Cochran, a tourist from Utah, had rented a van from a car hire firm, Enterprise, in Spring Hill.",
    entities: [
      ["Utah", P],
      ["Enterprise", P],
    ],
    expect: { Enterprise: null, Utah: { country: "US", featureCode: "ADM1" } },
  },
  {
    title: "the company alone gets no geocode",
    text: "The book is available from Regnery through Amazon. Amazon declined to comment.",
    entities: [["Amazon", P]],
    expect: { Amazon: null },
  },
  {
    title: "a name cut out of a longer 'X of Y' gazetteer name is resolved as the whole name",
    text: "Under LEOSA, the District of Columbia is improperly asserting its rules, officials in Maryland said.",
    entities: [
      ["Columbia", P],
      ["Maryland", P],
    ],
    expect: { Columbia: { country: "US", featureCode: "ADM1", near: [38.9, -77.0] } },
  },
  {
    title: "a qualifier that ends its sentence still qualifies (Washington, DC. Read …)",
    text: "She studied at George Washington University in Washington, DC. Read a response from the White House.",
    entities: [
      ["Washington", P],
      ["DC", P],
    ],
    expect: { Washington: { country: "US", featureCode: "PPLC" }, DC: { country: "US" } },
  },
  {
    title: "hand-listed regions and islands beat small towns of the same name",
    text: "Farmers in the Central Valley and tourists on Kauai watched Hollywood. Veterans returned to Normandy in France.",
    entities: [
      ["Central Valley", P],
      ["Kauai", P],
      ["Hollywood", P],
      ["Normandy", P],
      ["France", P],
    ],
    expect: {
      "Central Valley": { country: "US", near: [36.6, -119.7] },
      Kauai: { country: "US", near: [22.05, -159.5] },
      Hollywood: { country: "US", near: [34.1, -118.33] },
      Normandy: { country: "FR" },
    },
  },
  {
    title: "a town's name takes no article: 'outside the West' is not West, Texas",
    text: "The war drew criticism outside the West. Sanctions followed.",
    entities: [["West", P]],
    expect: { West: null },
  },
  {
    title: "a dateline names the town, not the state of the same name",
    text: "NEW YORK — Top Wall Street executives met on Monday.\nThey later flew to Ohio.",
    entities: [
      ["NEW YORK", P],
      ["Ohio", P],
    ],
    expect: { "NEW YORK": { country: "US", near: [40.71, -74.01] } },
  },
  {
    title: "a university known by a bare name is its campus, not a small namesake town",
    text: "He spoke at a post-election conference at Harvard on Tuesday in the United States.",
    entities: [
      ["Harvard", P],
      ["United States", P],
    ],
    expect: { Harvard: { country: "US", near: [42.377, -71.117] } },
  },
  {
    title: "a large town written after a district places it there, not at a namesake elsewhere",
    text: "Police searched a car hire depot in Spring Hill, Birmingham. Officers in London and Kent helped.",
    entities: [
      ["Spring Hill", P],
      ["Birmingham", P],
      ["London", P],
      ["Kent", P],
    ],
    expect: { "Spring Hill": { country: "GB", near: [52.48, -1.9] } },
  },
  {
    title: "a town that begins the next clause is no qualifier",
    text: "In Spring Hill, Birmingham beat Leeds on Saturday, fans in Tampa and Orlando said.",
    entities: [
      ["Spring Hill", P],
      ["Birmingham", P],
      ["Tampa", P],
      ["Orlando", P],
    ],
    expect: { "Spring Hill": { country: "US", near: [28.48, -82.53] } },
  },
  {
    title: "an ocean keeps its empty country code and its GeoNames point",
    text: "North Korea will conduct more missile tests in the Pacific.",
    entities: [
      ["North Korea", P],
      ["Pacific", P],
    ],
    expect: { Pacific: { country: "", featureCode: "OCN", near: [0, -160] } },
  },
  {
    title: "a name written with 'the' means its building or region, not a small town of the name",
    text: "The Tennessee senator said the White House will step aside. Later the White House issued a veto threat.",
    entities: [
      ["Tennessee", P],
      ["White House", P],
    ],
    expect: {
      Tennessee: { country: "US", featureCode: "ADM1" },
      "White House": { country: "US", featureCode: "BLDG" },
    },
  },
  {
    title: "without 'the' the town of the name stays; so do capitals written with 'the'",
    text: "The fire broke out in White House, Tennessee, on Monday. Critics of the Washington establishment agreed.",
    entities: [
      ["White House", P],
      ["Tennessee", P],
      ["Washington", P],
    ],
    expect: {
      "White House": { country: "US", near: [36.47, -86.65] },
      Washington: { country: "US", featureCode: "PPLC" },
    },
  },
  {
    title: "a small town backed only by the article's regions is no place inside a longer name",
    text: "Freedom Caucus Chairman Mark Meadows spoke in California. Americans for Prosperity ran ads in South Carolina.",
    entities: [
      ["Freedom", P],
      ["California", P],
      ["Prosperity", P],
      ["South Carolina", P],
    ],
    expect: { Freedom: null, Prosperity: null, California: { country: "US", featureCode: "ADM1" } },
  },
  {
    title: "a small town written as a place keeps its geocode even inside a longer name elsewhere",
    text: "The Ferguson Police Department said protests in Ferguson, a suburb in Missouri, went on. Missouri officials agreed.",
    entities: [
      ["Ferguson", P],
      ["Missouri", P],
    ],
    expect: { Ferguson: { country: "US", near: [38.74, -90.31] } },
  },
  {
    title: "a town many times smaller than a world capital of its name needs a qualifier, not the article's regions",
    text: "The Texas senator backs the Paris climate accords. Officials in Austin, Texas, agreed.",
    entities: [
      ["Texas", P],
      ["Paris", P],
      ["Austin", P],
    ],
    expect: { Paris: { country: "FR", featureCode: "PPLC" } },
  },
  {
    title: "with a qualifier the small namesake of a world capital wins",
    text: "Officials in Paris, Texas, said the storm had passed. Texas police agreed.",
    entities: [
      ["Paris", P],
      ["Texas", P],
    ],
    expect: { Paris: { country: "US" } },
  },
  {
    title: "a preposition before a longer name does not make its first word a town",
    text: "FBI Special Agent in Charge Richard DesLauriers said the toll from Hurricane Maria was high.",
    entities: [
      ["Charge", P],
      ["Hurricane", P],
    ],
    expect: { Charge: null, Hurricane: null },
  },
  {
    title: "a preposition before a small town alone still makes it a place",
    text: "Protests in Ferguson went on. Police in Chappaqua said nothing.",
    entities: [
      ["Ferguson", P],
      ["Chappaqua", P],
    ],
    expect: { Ferguson: { country: "US", near: [38.74, -90.31] }, Chappaqua: { country: "US", near: [41.16, -73.76] } },
  },
  {
    title: "an acronym is not a small town spelt the same; a dateline in capitals and a place's acronym stay",
    text: "AMES, Iowa — Trump at UN threatens North Korea. The UN met in the US and in DC.",
    entities: [
      ["AMES", P],
      ["Iowa", P],
      ["UN", P],
      ["US", P],
      ["DC", P],
    ],
    expect: {
      AMES: { country: "US", near: [42.03, -93.62] },
      UN: null,
      US: { country: "US" },
      DC: { country: "US" },
    },
  },
  {
    title: "'Brits' is the British, not Brits, South Africa",
    text: "Whether they are Germans, French or Brits, Europe is afraid.",
    entities: [
      ["Brits", P],
      ["Europe", P],
    ],
    expect: { Brits: { country: "GB" } },
  },
];

const kmBetween = (a: [number, number], b: [number, number]): number =>
  Math.hypot(a[0] - b[0], (a[1] - b[1]) * Math.cos((a[0] * Math.PI) / 180)) * 111;

for (const c of cases) {
  test(`geocodePlaces: ${c.title}`, () => {
    const entities = entitiesOf(c.text, c.entities);
    const geocodes = new Map(geocodePlaces(c.text, entities).map((g) => [g.entity, g]));
    for (const [name, want] of Object.entries(c.expect)) {
      const e = entities.find((x) => x.name === name);
      assert.ok(e, `test setup: no entity ${name}`);
      const got = geocodes.get(e.id);
      if (want === null) {
        assert.equal(got, undefined, `${name} should have no geocode, got ${JSON.stringify(got?.geo)}`);
        continue;
      }
      assert.ok(got, `${name} should be geocoded`);
      assert.equal(got.geo.country, want.country, `${name}: ${JSON.stringify(got.geo)}`);
      if (want.featureCode) assert.equal(got.geo.featureCode, want.featureCode, `${name}: ${JSON.stringify(got.geo)}`);
      if (want.near) {
        const km = kmBetween([got.geo.lat, got.geo.lon], want.near);
        assert.ok(km < 100, `${name} is ${Math.round(km)} km from ${want.near.join(",")}`);
      }
    }
  });
}

test("lookupPlace: contractions and lone name particles are never places", () => {
  const table: readonly [string, boolean][] = [
    ["I’ll", false],
    ["I'll", false],
    ["We’ll", false],
    ["can’t", false],
    ["It’s", false],
    ["They’re", false],
    ["al", false],
    ["de", false],
    // Apostrophes inside real names still fold away.
    ["N'Djamena", true],
    ["Côte d'Ivoire", true],
    ["Sana'a", true],
    ["Ill.", true],
    ["Illinois", true],
  ];
  for (const [name, isPlace] of table) assert.equal(lookupPlace(name).length > 0, isPlace, name);
});

test("geocodePlaces: a surname the model tagged PER is the person even when it names a country", () => {
  const text = "Rep. Jim Jordan spoke on CNN. Jordan refused to answer.";
  const entities = entitiesOf(text, [
    ["Jim Jordan", PER],
    ["Jordan", P],
  ]);
  const place = entities[1]!;
  const taggedPerson = (m: { start: number; end: number }) => m.start === place.mentions[0]!.start;
  assert.equal(geocodePlaces(text, entities).length, 1, "without the model's tag, Jordan is the country");
  assert.equal(geocodePlaces(text, entities, taggedPerson).length, 0);
});
