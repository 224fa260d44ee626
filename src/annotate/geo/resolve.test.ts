import assert from "node:assert/strict";
import { test } from "node:test";
import { countryOfDemonym, lookupPlace } from "./gazetteer.js";
import { distanceKm, resolvePlaces } from "./resolve.js";

/** Toponyms of `text`: every occurrence of each listed name. */
function toponymsOf(text: string, names: readonly string[]) {
  const out: { id: string; name: string; start: number; end: number }[] = [];
  for (const name of names) {
    let i = text.indexOf(name);
    while (i >= 0) {
      out.push({ id: `t${out.length}`, name, start: i, end: i + name.length });
      i = text.indexOf(name, i + name.length);
    }
  }
  return out;
}

interface Case {
  readonly title: string;
  readonly text: string;
  readonly names: readonly string[];
  readonly outletCountry?: string;
  /** Name → expected country, and optionally a point the answer must lie within 50 km of. */
  readonly expect: Readonly<Record<string, { country: string; near?: [number, number]; featureCode?: string }>>;
}

const cases: readonly Case[] = [
  {
    title: "a major city is not outweighed by a small namesake in a region the story names; a qualifier still decides",
    text: "Farmers in Kansas and Oklahoma feel ignored by Miami and Minneapolis. In Okla. and Kansas towns, life is slow.",
    names: ["Kansas", "Oklahoma", "Miami", "Minneapolis", "Okla"],
    expect: { Miami: { country: "US", near: [25.77, -80.19] }, Minneapolis: { country: "US", near: [44.98, -93.26] } },
  },
  {
    title: "a small town named with its state is that town",
    text: "The plant in Miami, Okla., closed on Friday.",
    names: ["Miami", "Okla"],
    expect: { Miami: { country: "US", near: [36.87, -94.88] } },
  },
  {
    title: "a name listed with a country is the country, even in a story that names the United States",
    text: "The United States and its allies were slow. The people of Georgia and Moldova saw what came next.",
    names: ["United States", "Georgia", "Moldova"],
    expect: { Georgia: { country: "GE", featureCode: "PCLI" }, Moldova: { country: "MD" } },
  },
  {
    title: "Moscow in a Syria story is the Russian capital; Tartus and Hmeimim are in Syria",
    text: "Russian warplanes took off from Hmeimim as Moscow said its naval facility in Tartus would be expanded. Syria welcomed the move.",
    names: ["Hmeimim", "Moscow", "Tartus", "Syria"],
    expect: {
      Moscow: { country: "RU", near: [55.76, 37.62], featureCode: "PPLC" },
      Tartus: { country: "SY", near: [34.89, 35.89] },
      Hmeimim: { country: "SY", near: [35.4, 35.95] },
      Syria: { country: "SY", featureCode: "PCLI" },
    },
  },
  {
    title: "Hmeimim, another spelling, resolves too",
    text: "The jets returned to Hmeimim air base near Latakia, Syria.",
    names: ["Hmeimim", "Latakia", "Syria"],
    expect: { Hmeimim: { country: "SY", near: [35.4, 35.95] }, Latakia: { country: "SY", near: [35.52, 35.79] } },
  },
  {
    title: "Cairo is Egypt's capital, not Cairo, Georgia",
    text: "Talks resumed in Cairo on Tuesday.",
    names: ["Cairo"],
    expect: { Cairo: { country: "EG", near: [30.06, 31.25] } },
  },
  {
    title: "Ankara is Turkey's capital",
    text: "The attack in Ankara, the Turkish capital, was condemned.",
    names: ["Ankara"],
    expect: { Ankara: { country: "TR", near: [39.92, 32.85] } },
  },
  {
    title: "Geneva (GeoNames: Genève) is the Swiss city, not one of the American Genevas",
    text: "The peace talks in Geneva stalled.",
    names: ["Geneva"],
    expect: { Geneva: { country: "CH", near: [46.2, 6.15] } },
  },
  {
    title: "Washington is the US capital, not Washington, Tyne and Wear",
    text: "Officials in Washington said the sanctions would stay.",
    names: ["Washington"],
    expect: { Washington: { country: "US", near: [38.9, -77.04], featureCode: "PPLC" } },
  },
  {
    title: "Paris qualified by Texas is Paris, Texas",
    text: "Paris, Texas — The Lamar County sheriff said Paris police and Texas troopers closed the highway.",
    names: ["Paris", "Texas"],
    expect: { Paris: { country: "US", near: [33.66, -95.56] }, Texas: { country: "US", featureCode: "ADM1" } },
  },
  {
    title: "Paris in a story about Texas towns is Paris, Texas",
    text: "Storms tore through Dallas and Sherman overnight, and Paris lost power, Texas officials said.",
    names: ["Dallas", "Sherman", "Paris", "Texas"],
    outletCountry: "US",
    expect: { Paris: { country: "US", near: [33.66, -95.56] }, Dallas: { country: "US", near: [32.78, -96.8] } },
  },
  {
    title: "Paris alone is the French capital",
    text: "Fashion week opened in Paris.",
    names: ["Paris"],
    expect: { Paris: { country: "FR", near: [48.85, 2.35] } },
  },
  {
    title: "Georgia with Tbilisi is the country",
    text: "Protesters filled the streets of Tbilisi as Georgia's parliament debated the bill.",
    names: ["Tbilisi", "Georgia"],
    expect: { Georgia: { country: "GE", featureCode: "PCLI" }, Tbilisi: { country: "GE" } },
  },
  {
    title: "Georgia in a US story is the state",
    text: "Voters in Atlanta, Georgia, and across Florida and Alabama went to the polls.",
    names: ["Atlanta", "Georgia", "Florida", "Alabama"],
    outletCountry: "US",
    expect: { Georgia: { country: "US", featureCode: "ADM1" }, Atlanta: { country: "US", near: [33.75, -84.39] } },
  },
  {
    title: "A country's name beats same-named towns in its neighbour's story",
    text: "Migrants crossed from Mexico into Texas, officials in Austin said.",
    names: ["Mexico", "Texas", "Austin"],
    expect: { Mexico: { country: "MX", featureCode: "PCLI" }, Austin: { country: "US", near: [30.27, -97.74] } },
  },
  {
    title: "One sense per discourse: every mention gets the same sense",
    text: "Aleppo was shelled again. Residents of Aleppo fled west.",
    names: ["Aleppo"],
    expect: { Aleppo: { country: "SY", near: [36.2, 37.16] } },
  },
  {
    title: "a town written with its region lies in that region, or at the region when the gazetteer lacks it there",
    text: "After the shootings in Sandy Hook, Connecticut, a teacher in Three Lakes, Wis., and voters in Somerville, Mass., September 4, 2018, spoke.",
    names: ["Sandy Hook", "Connecticut", "Three Lakes", "Wis.", "Somerville", "Mass."],
    expect: {
      "Sandy Hook": { country: "US", near: [41.52, -72.75] },
      "Three Lakes": { country: "US", near: [44.6, -90.1] },
      Somerville: { country: "US", near: [42.39, -71.1] },
    },
  },
  {
    title: "a region named like a country, an English county and a large foreign city keep their senses",
    text: "Talks in Tbilisi, Georgia, went on. Jobs moved to Monterrey, Mexico. Chickens at Norfolk, England were culled.",
    names: ["Tbilisi", "Georgia", "Monterrey", "Mexico", "Norfolk", "England"],
    expect: {
      Tbilisi: { country: "GE" },
      Monterrey: { country: "MX", near: [25.68, -100.32] },
      Norfolk: { country: "GB" },
    },
  },
  {
    title: "a name that is a building and a small town means the building unless written as a town",
    text: "Former White House staffers met in Tennessee. The Tennessee governor agreed.",
    names: ["White House", "Tennessee"],
    expect: { "White House": { country: "US", featureCode: "BLDG" } },
  },
  {
    title: "written as a town, the small town of a building's name stays",
    text: "A fire broke out in White House, Tenn., on Monday.",
    names: ["White House", "Tenn."],
    expect: { "White House": { country: "US", near: [36.47, -86.65] } },
  },
  {
    title: "a world capital's small namesake needs a qualifier or a place near it, not only its region",
    text: "The Texas senator backs the Paris climate accords, he said in Austin.",
    names: ["Texas", "Paris", "Austin"],
    expect: { Paris: { country: "FR", featureCode: "PPLC" } },
  },
  {
    title: "a world capital's small namesake near a place the article names stays",
    text: "Buses run to the Vienna/Fairfax Metro station from Fairfax, Virginia.",
    names: ["Vienna", "Fairfax", "Virginia"],
    expect: { Vienna: { country: "US", near: [38.9, -77.27] } },
  },
];

for (const c of cases) {
  test(`resolvePlaces: ${c.title}`, () => {
    const toponyms = toponymsOf(c.text, c.names);
    const resolved = resolvePlaces(toponyms, { text: c.text, outletCountry: c.outletCountry });
    for (const [name, want] of Object.entries(c.expect)) {
      const mentions = toponyms.filter((t) => t.name === name);
      assert.ok(mentions.length > 0, `${name} is in the text`);
      const first = resolved.get(mentions[0]!.id);
      assert.ok(first, `${name} resolved`);
      assert.equal(first.geo.country, want.country, `${name}: country (rule ${first.rule})`);
      if (want.featureCode) assert.equal(first.geo.featureCode, want.featureCode, `${name}: feature code`);
      if (want.near) {
        const d = distanceKm(first.geo.lat, first.geo.lon, want.near[0], want.near[1]);
        assert.ok(d < 50, `${name}: ${d.toFixed(0)} km from the expected point`);
      }
      assert.ok(first.score >= 0 && first.score <= 1);
      for (const m of mentions) assert.deepEqual(resolved.get(m.id), first, `${name}: same sense at every mention`);
    }
  });
}

test("a minor namesake in a country the story never names, where it names its own plainly, is left unresolved", () => {
  const rows: [string, string, readonly string[], string, string | undefined][] = [
    [
      "a region the gazetteer lacks is not placed at a namesake abroad",
      "Rain hit Manila and Benguet in the Philippines, and villages of the Cordillera region were cut off.",
      ["Manila", "Benguet", "Philippines", "Cordillera"],
      "Cordillera",
      undefined,
    ],
    [
      "written with its country it is that namesake",
      "Rain hit Manila and Benguet in the Philippines; in Cordillera, Paraguay, it was dry.",
      ["Manila", "Benguet", "Philippines", "Cordillera", "Paraguay"],
      "Cordillera",
      "PY",
    ],
    [
      "a nation's part, which the gazetteer gives no population, stays",
      "Voters in Texas, Ohio and Iowa were polled, and so were voters in Wales.",
      ["Texas", "Ohio", "Iowa", "Wales"],
      "Wales",
      "GB",
    ],
    [
      "a name with one sense is that place, named country or not",
      "Officials in Texas, Utah and Iowa sent aid to Benguet.",
      ["Texas", "Utah", "Iowa", "Benguet"],
      "Benguet",
      "PH",
    ],
  ];
  for (const [title, text, names, name, country] of rows) {
    const tops = toponymsOf(text, names);
    const r = resolvePlaces(tops, { text, guessUnknown: false });
    assert.equal(r.get(tops.find((t) => t.name === name)!.id)?.geo.country, country, title);
  }
});

test("lookupPlace knows the initials news writes for a state or a city", () => {
  const rows: [string, string, string][] = [
    ["N.Y.", "US", "ADM1"],
    ["Wash.", "US", "ADM1"],
    ["L.A.", "US", "PPLA2"],
  ];
  for (const [name, country, featureCode] of rows)
    assert.ok(
      lookupPlace(name).some((p) => p.country === country && p.featureCode === featureCode),
      `${name} → ${country} ${featureCode}`,
    );
});

test("lookupPlace finds alternate spellings and all senses", () => {
  assert.ok(lookupPlace("Tartus").some((p) => p.country === "SY"));
  assert.ok(lookupPlace("Hmeimim").some((p) => p.country === "SY"));
  assert.ok(
    lookupPlace("ḨAMĀH").some((p) => p.country === "SY"),
    "diacritics and case fold",
  );
  assert.ok(lookupPlace("Kiev").some((p) => p.country === "UA"));
  const washingtons = lookupPlace("Washington");
  assert.ok(washingtons.some((p) => p.featureCode === "PPLC" && p.country === "US"));
  assert.ok(washingtons.some((p) => p.featureCode === "ADM1" && p.country === "US"));
  assert.ok(washingtons.some((p) => p.country === "GB"));
  assert.deepEqual(lookupPlace("Nowhereville Xyz"), []);
});

test("countryOfDemonym maps demonyms and country adjectives to ISO codes", () => {
  assert.equal(countryOfDemonym("Syrian"), "SY");
  assert.equal(countryOfDemonym("Russian"), "RU");
  assert.equal(countryOfDemonym("American"), "US");
  assert.equal(countryOfDemonym("Americans"), "US");
  assert.equal(countryOfDemonym("Scottish"), "GB");
  assert.equal(countryOfDemonym("European"), undefined);
  assert.equal(countryOfDemonym("table"), undefined);
});

test("a toponym the gazetteer does not know is placed, with a low score, where the article says it is", () => {
  const cases: readonly {
    title: string;
    text: string;
    names: string[];
    unknown: string;
    rule: string;
    near: [number, number];
  }[] = [
    {
      title: "at the town named next to it",
      text: "They met in Qwxzy, outside Cairo. Officials in Alexandria said the meeting went well.",
      names: ["Qwxzy", "Cairo", "Alexandria"],
      unknown: "Qwxzy",
      rule: "nearby-town",
      near: [30.06, 31.25],
    },
    {
      title: "at the article's most-named town when none is near",
      text: `Qwxzy reported cases.${" The ministry said more tests were needed.".repeat(5)} Cairo officials met in Cairo.`,
      names: ["Qwxzy", "Cairo"],
      unknown: "Qwxzy",
      rule: "article-town",
      near: [30.06, 31.25],
    },
    {
      title: "at the region written right after it",
      text: "Qwxzy County, Indiana, has a new clinic. Doctors in Chicago noticed.",
      names: ["Qwxzy County", "Indiana", "Chicago"],
      unknown: "Qwxzy County",
      rule: "qualifier-region",
      near: [39.9, -86.3],
    },
    {
      title: "a named feature by its bare name, in a region the article names",
      text: "Farms in the Salinas Valley, California, were hit. Officials in Monterey said so.",
      names: ["Salinas Valley", "California", "Monterey"],
      unknown: "Salinas Valley",
      rule: "feature-name",
      near: [36.68, -121.66],
    },
  ];
  for (const c of cases) {
    const tops = toponymsOf(c.text, c.names);
    const r = resolvePlaces(tops, { text: c.text });
    const got = r.get(tops.find((t) => t.name === c.unknown)!.id);
    assert.ok(got, c.title);
    assert.equal(got.rule, c.rule, c.title);
    assert.ok(got.score <= 0.5, `${c.title}: score ${got.score}`);
    const d = distanceKm(got.geo.lat, got.geo.lon, c.near[0], c.near[1]);
    assert.ok(d < 161, `${c.title}: ${d.toFixed(0)} km off`);
  }
});

test("'Washington state' and 'Washington, Pennsylvania and California' mean the state", () => {
  for (const text of [
    "The cow came from a Washington state farm, officials in Seattle said.",
    "Cases were found in Washington, Pennsylvania and California.",
  ]) {
    const tops = toponymsOf(text, ["Washington", "Seattle", "Pennsylvania", "California"]);
    const r = resolvePlaces(tops, { text });
    const wa = r.get(tops.find((t) => t.name === "Washington")!.id)!;
    assert.equal(wa.geo.featureCode, "ADM1", text);
    assert.equal(wa.geo.country, "US", text);
  }
});

test("a village of under a thousand people, in a region the story never names while it names others, is left unresolved", () => {
  // Golconda, Illinois (629 people) is the gazetteer's only Golconda.
  const rows: [string, string, readonly string[], string | undefined][] = [
    [
      "far from the regions the story names",
      "Crews from Texas and Ohio reached Golconda by noon.",
      ["Texas", "Ohio"],
      undefined,
    ],
    ["written with its region", "Crews from Texas reached Golconda, Illinois, by noon.", ["Texas", "Illinois"], "US"],
    ["in a region the story names", "Crews from Illinois reached Golconda by noon.", ["Illinois"], "US"],
    ["named alone", "Crews reached Golconda by noon.", [], "US"],
  ];
  for (const [title, text, others, country] of rows) {
    const tops = toponymsOf(text, ["Golconda", ...others]);
    const r = resolvePlaces(tops, { text, guessUnknown: false });
    assert.equal(r.get(tops.find((t) => t.name === "Golconda")!.id)?.geo.country, country, title);
  }
});

test("UK counties come from the county list, placed at their county towns", () => {
  const text = "Police in Surrey and Fife said the outbreak had not spread beyond Guildford.";
  const tops = toponymsOf(text, ["Surrey", "Fife", "Guildford"]);
  const r = resolvePlaces(tops, { text });
  for (const [name, near] of [
    ["Surrey", [51.25, -0.41]],
    ["Fife", [56.25, -3.2]],
  ] as const) {
    const got = r.get(tops.find((t) => t.name === name)!.id)!;
    assert.equal(got.geo.country, "GB", name);
    assert.ok(distanceKm(got.geo.lat, got.geo.lon, near[0], near[1]) < 50, name);
  }
});

test("with guessUnknown off, a name nothing places is left out", () => {
  const text = "They met in Qwxzy, outside Cairo.";
  const tops = toponymsOf(text, ["Qwxzy", "Cairo"]);
  const r = resolvePlaces(tops, { text, guessUnknown: false });
  assert.equal(r.size, 1);
  assert.ok(resolvePlaces(tops, { text }).size === 2);
});

test("a date after a qualifier does not make it a list: 'Somerville, Mass., September 4' is qualified", () => {
  const rows: readonly [string, string, string, string][] = [
    ["A voter in Somerville, Mass., September 4, 2018.", "Somerville", "Mass.", "qualifier"],
    ["Rallies in Somerville, Mass., Sunday drew crowds.", "Somerville", "Mass.", "qualifier"],
    // An apposition with a possessive is no qualifier ("LA" there is Los Angeles, not Louisiana).
    ["A walk through West Hollywood, LA's gayborhood, in California.", "West Hollywood", "California", "not-qualifier"],
    ["The debate in Washington, D.C. There's a renewed push.", "Washington", "D.C.", "qualifier"],
    // A list of regions, not a town and its region.
    ["Voters in Washington, Oregon, Nevada and Utah agreed.", "Washington", "Oregon", "only-sense"],
  ];
  for (const [text, name, qualifier, rule] of rows) {
    const toponyms = toponymsOf(text, [name, qualifier]);
    const got = resolvePlaces(toponyms, { text }).get(toponyms[0]!.id);
    assert.ok(got, `${name} resolved in ${text}`);
    if (rule === "only-sense" || rule === "not-qualifier") assert.ok(!got.rule.startsWith("qualifier"), text);
    else assert.equal(got.rule, rule, text);
  }
});
