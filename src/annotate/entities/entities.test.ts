import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";
import type { Entity, EntityType, Mention } from "../../core/document.js";
import { sentencesAnnotator } from "../sentences/index.js";
import { tokensAnnotator } from "../tokens/index.js";
import { entitiesAnnotator, nameKey } from "./index.js";
import { mentionsAnnotator, outletIsOrganisation } from "./mentions.js";
import { bylineIsOrganisation, lowerCaseLettersIn } from "./recognizers.js";
import {
  abbreviatedStreetsArePlaces,
  abstractNamesAreNotPeople,
  acronymIsOrganisation,
  acronymsOfThingsAreNotOrganisations,
  awardsAndEponymsAreNotPeople,
  bodiesOfPlacesAreNotPlaces,
  campaignOwnersArePeople,
  celestialBodiesAreNotPlaces,
  compassRegionsArePlaces,
  countryInitialsOpenBodies,
  courtCasesAreOneName,
  courtesySurnamesArePeople,
  demonymsAreDemonyms,
  districtsAreNotOrganisations,
  domainNamesOwnTheirStem,
  dropBareRoleWords,
  dropCapitalisedCommonWords,
  dropHolidays,
  dropInterfaceLabels,
  dropLoneTitles,
  dropPartyMemberNames,
  dropPlacesThatAreNot,
  dropPluralBodyWords,
  dropSentenceFullStop,
  dropSubheadingPeople,
  dropTitlesBeforeNames,
  dropTrailingDeterminer,
  dropTrailingLowerCaseWords,
  dropTrailingWeekday,
  dropWebAddressesAndHandles,
  dropWordsInCapitals,
  employerBeforePossessivePerson,
  employersAfterJobs,
  eventNamesAreNotPeople,
  eventNamesAreNotPlaces,
  extendAcronymOverNumber,
  extendOverLawHeads,
  extendPersonByMonthSurname,
  extendPersonOverInitial,
  extendPlaceOverOpener,
  facilitiesAreNotPeople,
  featureNamesArePlaces,
  featureWordOpensOfName,
  firstNameAndInitialOpenPerson,
  firstNameThenSurnameIsPerson,
  groupsForACauseAreOrganisations,
  initialsOfPeopleArePeople,
  joinAdjectiveAndHead,
  joinNamesAtAmpersand,
  joinOrganisationOverAnd,
  joinPlaceOverParticle,
  joinSplitCountryNames,
  joinSplitPersonName,
  keepPossessiveBusinessNames,
  lawsAndDiseasesAreNotOrganisations,
  listedCompaniesAreOrganisations,
  localAreasAreWhole,
  type MentionRefiner,
  miscThatAreCompanies,
  namedThingsAreMisc,
  namesBeforeAreaWordsArePlaces,
  ordinalOpensBody,
  organisationNameBeforeItsKind,
  organisationsByApposition,
  partiesBeforeSeatCounts,
  personBetweenListedPeople,
  personByCoordination,
  personNameWordsAreNotPlaces,
  personSurnamesAreNotOrganisations,
  photoCreditNames,
  placeBeforeBasedAlone,
  placeBeforeItsRegion,
  placeByCoordination,
  placeNamedWithOf,
  placeNamesThatSell,
  placeOverClubName,
  placeOverDistrictInitials,
  placesByApposition,
  placesThatAreCompanies,
  productNamesAreNotPeople,
  siteNamesAreOrganisations,
  splitAtUnbalancedBracket,
  splitCoordinatedPlaces,
  splitCoordinatedPlurals,
  splitPersonAfterInitials,
  splitPlaceBasedName,
  stormsAreEvents,
  stripLeadingFunctionWords,
  stripLeadingPartyLabel,
  unknownPlacesThatArePeople,
  wellKnownOrganisations,
} from "./refiners.js";
import { appositionAfter, functionOfRole, isCompleteRole } from "./roles.js";

/** Roles a rule read in the text; the office cut out of one (roles:function) is tested on its own. */
const stated = (r: { rule: string }) => r.rule !== "roles:function";

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
  find(entitiesOf(text).entities, name)
    ?.roles.filter(stated)
    .map((r) => r.role);

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
    // An office "of" a department before the name, with no comma.
    ["The move was backed by Secretary of State Mike Pompeo on Monday.", "Mike Pompeo", ["Secretary of State"]],
    [
      "The panel will hear from Deputy Secretary of the Treasury Neal Wolin, among others.",
      "Neal Wolin",
      ["Deputy Secretary of the Treasury"],
    ],
    ["Talks were led by U.S. Secretary of Labor Tom Perez.", "Tom Perez", ["U.S. Secretary of Labor"]],
    [
      "The memo went to Director of National Intelligence Dan Coats.",
      "Dan Coats",
      ["Director of National Intelligence"],
    ],
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
    // A two-word rank written short, and a title whose second word is a title of its own, are one title.
    ["Navy spokesman Rear Adm. Tomas Brandt said the drills would go on.", "Tomas Brandt", ["Rear Adm."]],
    ["First Lady Alma Reyes opened the school.", "Alma Reyes", ["First Lady"]],
    // A title inside what follows the first title word is more of the title, not the start of the name.
    ["Deputy Foreign Minister Karim Haddad met the envoy.", "Karim Haddad", ["Deputy Foreign Minister"]],
    ["Chief Petty Officer Omar Velde was cleared.", "Omar Velde", ["Chief Petty Officer"]],
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
  it("names a place or a person as prose writes it, not in a dateline's or a caption's capitals", () => {
    const { entities } = entitiesOf(
      "MARLOW (Reuters) - Officials in Marlow said on Monday that ALMA REYES would stay. Alma Reyes agreed, and NATO too.",
    );
    assert.deepEqual(
      ["Marlow", "Alma Reyes", "NATO"].map((n) => find(entities, n)?.mentions.length),
      [2, 2, 1],
    );
    assert.ok(!find(entities, "MARLOW") && !find(entities, "ALMA REYES"));
  });

  it("joins a storm's bare name to its name with the storm word", () => {
    const { entities } = entitiesOf("Typhoon Marlow hit the coast on Monday. By Tuesday, Marlow had weakened.");
    const storms = entities.filter((e) => e.type === "misc");
    assert.deepEqual(
      storms.map((e) => [e.name, e.mentions.length]),
      [["Typhoon Marlow", 2]],
    );
  });

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

  const otherOffices: [string, string, string][] = [
    [
      "a vice president is not the president",
      "President Alma Reyes arrived in Lyon. Vice President Tomas Brandt stayed home. Later the president left for Paris.",
      "Alma Reyes",
    ],
    [
      "the chief justice is the one titled Chief Justice",
      "Justice Omar Lindqvist wrote the opinion. Chief Justice Helena Marsh dissented. The chief justice read her dissent aloud.",
      "Helena Marsh",
    ],
  ];
  for (const [name, text, holder] of otherOffices)
    it(`links "the president" to the office holder: ${name}`, () => {
      const { entities } = entitiesOf(text);
      const described = entities.find((e) => e.mentions.some((m) => m.form === "description"));
      assert.equal(described?.name, holder);
    });

  // A lone first name the tagger typed as an organisation joins the one person whose full name opens with it.
  const loneFirstNames: [string, string, string, number][] = [
    [
      "joins the person's own entity",
      "Mr. Raúl Morales said he would step down. The new leader thanked the brothers, focusing on Raúl, who sat in the front row.",
      "Raúl Morales",
      1,
    ],
  ];
  for (const [name, text, person, lone] of loneFirstNames)
    it(`a lone first name ${name}`, () => {
      const { entities } = entitiesOf(text);
      const e = find(entities, person);
      assert.equal(e?.type, "person");
      assert.equal(e?.mentions.filter((m) => text.slice(m.start, m.end) === "Raúl").length, lone);
      assert.ok(!entities.some((x) => x.name === "Raúl"));
    });

  it("keeps apart two full names whose middle initials differ", () => {
    const { entities } = entitiesOf("Both John Q. Adams and John Q.R. Adams stayed away from the convention.");
    const people = entities.filter((e) => e.type === "person").map((e) => e.name);
    assert.deepEqual(people, ["John Q. Adams", "John Q.R. Adams"]);
  });

  it("joins an acronym to the organisation it abbreviates", () => {
    const { entities } = entitiesOf(
      "The World Health Organization warned on Friday. The WHO said cases were rising in Europe.",
    );
    const e = find(entities, "World Health Organization");
    assert.ok(e, entities.map((x) => x.name).join(", "));
    assert.equal(e.mentions.length, 2);
  });

  describe("a clipped first word is the organisation's short name", () => {
    // [why, text, organisation names expected]
    const rows: [string, string, string[]][] = [
      [
        "clippedName: 'the Fed' after 'the Federal Reserve'",
        "The Federal Reserve held rates on Tuesday. The Fed said prices were steady.",
        ["Federal Reserve"],
      ],
      [
        "clippedName: before the full name too",
        "The Met closed the bridge. The Metropolitan Police said the road would reopen.",
        ["Metropolitan Police"],
      ],
      [
        "clippedName: whichever of two organisations it clips comes first, the one named in its sentence",
        "The Fed held rates. The Federal Trade Commission sued a lender. The Federal Reserve, which the Fed is, sat.",
        ["Federal Reserve", "Federal Trade Commission"],
      ],
      [
        "clippedName: … in the other order too",
        "The Fed held rates. The Federal Reserve, which the Fed is, sat. The Federal Trade Commission sued a lender.",
        ["Federal Reserve", "Federal Trade Commission"],
      ],
      [
        "clippedName: the short name joins the one organisation it clips however many times both are named",
        "The Fed met on Tuesday. The Fed said little. The Federal Reserve later raised rates. The Fed was blamed.",
        ["Federal Reserve"],
      ],
      [
        "clippedName: of two organisations it clips, the one the text names more often",
        "The Federal Reserve met. The Federal Reserve held rates. The Federal Trade Commission sued. The Fed said little.",
        ["Federal Reserve", "Federal Trade Commission"],
      ],
      [
        "clippedName: initials in the plural clip no name",
        "The journal Obstetrics Review ran the survey, and 72% of OBs reported burnout.",
        ["Obstetrics Review", "OBs"],
      ],
      [
        "clippedName: a short word that fits two organisations named alike joins neither",
        "The Federal Reserve and the Federal Trade Commission met. The Fed said little.",
        ["Federal Reserve", "Federal Trade Commission", "Fed"],
      ],
      [
        "clippedName: a word of its own is no clipping ('Congress', 'Congressional Budget Office')",
        "Congress asked the Congressional Budget Office for a score.",
        ["Congress", "Congressional Budget Office"],
      ],
      [
        "clippedName: a name with 'of' is not headed by its first word",
        "The Fed met. The Federal Bureau of Investigation said little.",
        ["Fed", "Federal Bureau of Investigation"],
      ],
      [
        "shortName: an institution's first word is its short name",
        "A poll by Marlowe University found a tie. Marlowe surveyed 900 voters in Ohio.",
        ["Marlowe University"],
      ],
      [
        "shortName: before its full name too",
        "A Marlowe poll found a tie. Marlowe University surveyed 900 voters in Ohio.",
        ["Marlowe University"],
      ],
      [
        "shortName: initials are a body of their own",
        "The NFL fined the club. The NFL Players Association said it would appeal.",
        ["NFL", "NFL Players Association"],
      ],
      [
        "shortName: a fund's first word is what it is about",
        "The Walrus Growers Fund wrote to Walrus, the chain, on Monday. Walrus said no.",
        ["Walrus Growers Fund", "Walrus"],
      ],
    ];
    for (const [why, text, expected] of rows)
      it(why, () => {
        const orgs = entitiesOf(text).entities.filter((e) => e.type === "organization" || e.type === "misc");
        assert.deepEqual(
          orgs.map((e) => e.name),
          expected,
        );
      });
    it("shortName: a word the article also writes in lower case is no institution's short name", () => {
      const { entities } = entitiesOf(
        "Velde’s Incentive-Packed Tax Plan\n\nAnn Velde’s plan trims the income tax for most families, and the right-leaning Tax Foundation finds that most of them gain.",
      );
      assert.equal(find(entities, "Tax Foundation")?.mentions.length, 1);
    });
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
        e.roles.filter(stated).map((r) => r.role),
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
  for (const [text, mentions] of [
    ["Theresa May met the envoy. Mrs May said the talks went well.", ["Theresa May", "Mrs May", "May"]],
    ["Theresa May met the envoy. Later Mrs. May said the talks went well.", ["Theresa May", "Mrs. May", "May"]],
    ["Dr June spoke first. In June the board met again.", ["Dr June", "June"]],
  ] as const)
    it(`a month that is a surname after a title of courtesy is a name: ${text}`, () => {
      const { entities } = entitiesOf(text);
      const people = entities.filter((e) => e.type === "person");
      assert.equal(people.length, 1, people.map((e) => e.name).join(", "));
      assert.deepEqual(
        people[0]?.mentions.map((m) => text.slice(m.start, m.end)),
        mentions,
      );
    });
  it("an organisation's name runs over the full stop of Mt. or Ft. before a name", () => {
    const { entities } = entitiesOf("Patients left the Hadassah Hospital on Mt. Scopus in the morning.");
    assert.ok(find(entities, "Hadassah Hospital on Mt. Scopus"), entities.map((e) => e.name).join(", "));
  });
  it("a job title made of role words is not a person", () => {
    const { entities } = entitiesOf("Joel B. Pollak is Senior Editor-at-Large at Breitbart News.");
    assert.deepEqual(
      entities.filter((e) => e.type === "person").map((e) => e.name),
      ["Joel B. Pollak"],
    );
  });
});

describe("a nickname and the full first name are one person", () => {
  it("joins Bernie and Bernard with the same surname", () => {
    const { entities } = entitiesOf("Bernie Walsh hit back on Sunday. Sen. Bernard Walsh said the plan was unfair.");
    assert.deepEqual(
      entities.filter((e) => e.type === "person").map((e) => e.name),
      ["Bernard Walsh"],
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
      find(entities, "Michael Brune")
        ?.roles.filter(stated)
        .map((r) => r.role),
      [],
    );
    assert.deepEqual(
      find(entities, "Larry Cohen")
        ?.roles.filter(stated)
        .map((r) => r.role),
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
    [
      "The talks resumed with Ann Velde, Norway’s chief trade negotiator, in the room.",
      "Ann Velde",
      ["Norway’s chief trade negotiator"],
    ],
    ["The plaintiff in the suit, Tom Hale, had bought a heater online.", "Tom Hale", ["plaintiff in the suit"]],
    // A role qualified by "on", a relative clause after the role, "another" as a determiner, five words to the noun.
    [
      "The panel heard Ann Velde, a Baltic specialist on the Harbour Council (HC), and others.",
      "Ann Velde",
      ["Baltic specialist on the Harbour Council"],
    ],
    [
      "“It holds,” said Tom Hale, a professor of geology at Lakeside College who has studied the dunes.",
      "Tom Hale",
      ["professor of geology at Lakeside College"],
    ],
    ["The report came from Tom Hale, another senior port aide.", "Tom Hale", ["senior port aide"]],
    [
      "It was found by Kara Moss, a Rail Safety Board research fellow.",
      "Kara Moss",
      ["Rail Safety Board research fellow"],
    ],
    // A person after a preposition inside the role is whose role it is; an "on" phrase after that ends the role.
    [
      "They grilled Ann Velde, a senior aide to Governor Piet Odum on the governor's call with the mayor.",
      "Ann Velde",
      ["senior aide to Governor Piet Odum"],
    ],
    // No role: a preposition or a relative pronoun opens the phrase, or no role noun stands before "on".
    ["Tom Hale came too, along with Secretary of Labor Ann Velde, on Monday.", "Tom Hale", []],
    ["She met Tom Hale, as well as the head of the port authority, Ann Velde.", "Tom Hale", []],
    ["She met Tom Hale, as head of the port authority, on Monday.", "Tom Hale", ["head of the port authority"]],
    [
      "“It held,” said Tom Hale, Velde's former chief of staff, on Monday.",
      "Tom Hale",
      ["Velde's former chief of staff"],
    ],
    ["Harbour Nights, a feature film on Piet Odum, opened on Friday.", "Piet Odum", []],
    ["It heard Tom Hale, who's now a state representative, on Monday.", "Tom Hale", []],
    // Two role nouns joined by "and" before one name; a conjunction is no modifier of the role noun.
    [
      "“It is odd,” lab scientist and study co-author Kara Moss said.",
      "Kara Moss",
      ["lab scientist", "study co-author"],
    ],
    ["The results held, but geologist Kara Moss was unsure.", "Kara Moss", ["geologist"]],
    // A player's position before the name.
    ["Harbour quarterback Tom Hale threw twice.", "Tom Hale", ["Harbour quarterback"]],
    // Positions of two words, or after a team's name only; a verb or an adverb before a name is none.
    ["He threw the ball to running back Tom Hale twice.", "Tom Hale", ["running back"]],
    ["The fight cost Harbour center Tom Hale two games.", "Tom Hale", ["Harbour center"]],
    ["Rivertown tight end Tom Hale caught it.", "Tom Hale", ["Rivertown tight end"]],
    ["Going forward, Tom Hale will start.", "Tom Hale", []],
    ["Moving forward Tom Hale will start.", "Tom Hale", []],
    ["The unions back Tom Hale in the race.", "Tom Hale", []],
    // A job in title case after the employer's name; a sentence before the team's name is no part of the role.
    ["Rivertown Gazette Insider John Roberts said it.", "John Roberts", ["Rivertown Gazette Insider"]],
    [
      "Rivertown Gazette Senior Security Insider John Roberts said it.",
      "John Roberts",
      ["Rivertown Gazette Senior Security Insider"],
    ],
    ["Nobody saw it. Harbour goalie Tom Hale stopped 27 shots.", "Tom Hale", ["Harbour goalie"]],
    // An employer with its town: the function alone, and the function at the employer, without the town.
    [
      "“It is rare,” said Kara Moss, a soil scientist at the Lakeside Research Center in Millbrook, Ohio, and others.",
      "Kara Moss",
      ["soil scientist", "soil scientist at the Lakeside Research Center"],
    ],
    // A copula with the employer's possessive for an article; a second verb in the present ends the role.
    ["Maria Lopez is Harlow's price curator and tests her finds at home.", "Maria Lopez", ["Harlow's price curator"]],
    // An ambassador "to" a country or a body, before the name.
    ["Ambassador to Norway Jim Bolt arrived.", "Jim Bolt", ["Ambassador to Norway"]],
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
    [
      "When the mayor and police look the other way as the mob carries off Anna Holm bags, nobody acts.",
      "Anna Holm",
      [],
    ],
    ["He met the former mayor of the city, Anna Holm, on Monday.", "Anna Holm", ["former mayor of the city"]],
    ["It was left to the youngest mayor to net delegates from Anna Holm and others.", "Anna Holm", []],
    ["It named the special prosecutor investigating the leak during Anna Holm's term.", "Anna Holm", []],
    [
      "They heard the chief counting officer, Anna Holm, on Monday.",
      "Anna Holm",
      ["counting officer", "chief counting officer"],
    ],
  ];
  for (const [text, name, roles] of rows) it(text, () => assert.deepEqual(rolesOf(text, name), roles));
});

describe("titled names with a middle initial, and offices named with of", () => {
  const rows: [string, string[]][] = [
    ["The move was backed by former President George W. Bush on Monday.", ["George W. Bush"]],
    ["The bill was signed by President Walter H.K. Morrow in 1991.", ["Walter H.K. Morrow"]],
    ["The bill was signed by Governor Nora J. P. Lindqvist in 1991.", ["Nora J. P. Lindqvist"]],
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

describe("a byline that names an organisation", () => {
  const rows: [string, boolean][] = [
    ["Harbour Trust Foundation", true],
    ["Valley News Staff", true],
    ["Emily Post", false],
    ["Ann Velde", false],
    ["Institute", false],
  ];
  for (const [name, organisation] of rows)
    it(`${name}: ${organisation ? "an organisation" : "a person"}`, () =>
      assert.equal(bylineIsOrganisation(name), organisation));
});

describe("organisation names around reporters' bylines and short forms", () => {
  const rows: [string, string, string[]][] = [
    [
      "two people of two papers joined by and are four names, not one organisation",
      "Ann Berg of The Daily Courier and Tom Hale of The Evening Post said they were detained.",
      ["Ann Berg", "Daily Courier", "Tom Hale", "Evening Post"],
    ],
    [
      "one word, and, one word and a party's head is one name",
      "Dan Gilad, leader of the Blue and White Party, met the president.",
      ["Dan Gilad", "Blue and White Party"],
    ],
    [
      "one of-phrase with and inside stays one name",
      "The Department of Health and Human Services issued new rules.",
      ["Department of Health and Human Services"],
    ],
    [
      "an and with a determiner after it ends a body's name and opens the next",
      "The ruling was read by the Supreme Tribunal of Vardia and the Harbour Council of Elms on Monday.",
      ["Supreme Tribunal of Vardia", "Harbour Council of Elms"],
    ],
    [
      "an and with a first name after it ends a body's name",
      "The head of the Office of Rural Roads and Michael Tandon spoke.",
      ["Office of Rural Roads", "Michael Tandon"],
    ],
    ["a clinic is an organisation's head noun", "Guidance from the Velde Clinic was cited.", ["Velde Clinic"]],
    [
      "a comma the tagger takes into a place is not part of its name",
      "Ryan Holt, Washington, D.C., bureau chief for the paper, said it was fine.",
      ["Ryan Holt", "Washington", "D.C."],
    ],
  ];
  for (const [name, text, names] of rows) it(name, () => assert.deepEqual(namesOf(text), names));

  it("a paper's one-word short form joins its full name when only one name ends with it", () => {
    const { entities, text } = entitiesOf(
      "Ann Berg, a reporter for The Evening Post, was held overnight. The Post said she was released on Thursday.",
    );
    const post = entities.filter((e) => e.type === "organization");
    assert.deepEqual(
      post.map((e) => [e.name, e.mentions.map((m) => text.slice(m.start, m.end))]),
      // The capital "The" inside the sentence is part of the paper's mention, not of its name.
      [["Evening Post", ["The Evening Post", "Post"]]],
    );
  });
});

describe("roles in relative clauses and after plural titles", () => {
  const rows: [string, string, string, string[]][] = [
    [
      "a role after whose belongs to the organisation named before it",
      "The Riverside Guild, whose chairman, Oskar Lindqvist, resigned on Monday.",
      "Oskar Lindqvist",
      ["chairman of the Riverside Guild"],
    ],
    [
      "a role after whose with no name before it is no role",
      "They asked the union, whose president, Dana Whitlock, said no.",
      "Dana Whitlock",
      [],
    ],
    [
      "a plural title before a list titles every name in it",
      "They include Senators Ann Velde, Rob Stiles and Kara Moss.",
      "Ann Velde",
      ["Senator"],
    ],
    ["the list's second name", "They include Senators Ann Velde, Rob Stiles and Kara Moss.", "Rob Stiles", ["Senator"]],
    ["the list's last name", "They include Senators Ann Velde, Rob Stiles and Kara Moss.", "Kara Moss", ["Senator"]],
    [
      "a copula's role ends where a clause begins",
      "Hal Brenner is the next senator to face a recall vote in the state.",
      "Hal Brenner",
      ["next senator"],
    ],
    [
      "a role before a name does not reach into the headline above it",
      "Bad week for Lisa Brandt helps Hall\n\nLibertarian presidential nominee Lisa Brandt spoke on Monday.",
      "Lisa Brandt",
      ["Libertarian presidential nominee"],
    ],
    [
      "a copula's role keeps a to-phrase that is no infinitive",
      "Hal Brenner is an adviser to three governors.",
      "Hal Brenner",
      ["adviser to three governors"],
    ],
    [
      "a title may hold a place name that opens with New",
      "New Carthage City Mayor Ann Velde spoke.",
      "Ann Velde",
      ["New Carthage City Mayor"],
    ],
    [
      "a capitalised function word opening the sentence is no qualifier of a role",
      "For White House press secretary Ann Velde, it was a bad day.",
      "Ann Velde",
      ["White House press secretary"],
    ],
    ["a sentence's opening word is no part of a title", "Neither Mr. Haldane nor his aide spoke.", "Haldane", ["Mr."]],
    [
      "a phrase with an irregular participle is a clause about someone else, not a role",
      "Ann Velde became the first mayor of Tarrow born after Piet Odum.",
      "Piet Odum",
      [],
    ],
    [
      "an apposition may open with a country's initials and end before an abbreviation in brackets",
      "Ann Velde, the U.S. envoy to the Northern Harvest Front (NHF), resigned on Friday.",
      "Ann Velde",
      ["U.S. envoy to the Northern Harvest Front"],
    ],
    [
      "a county's prosecutor is a title before the name",
      "At noon, Harlow County Prosecutor Ann Velde named the suspect.",
      "Ann Velde",
      ["Harlow County Prosecutor"],
    ],
    [
      "a general manager is a title, not the rank General before a name",
      "Harlow General Manager Ann Velde fired the coach on Saturday.",
      "Ann Velde",
      ["Harlow General Manager"],
    ],
    [
      "a state trooper is a title before the name",
      "Harlow Chief of Police Ann Velde said State Trooper Omar Reyes was hurt.",
      "Omar Reyes",
      ["State Trooper"],
    ],
    [
      "a chief of police is a title, not an organisation's name",
      "Harlow Chief of Police Ann Velde said State Trooper Omar Reyes was hurt.",
      "Ann Velde",
      ["Harlow Chief of Police"],
    ],
    [
      "an apposition opened by as gives the role after it",
      "Ann Velde, as chair of the harbour board, will sign the deal.",
      "Ann Velde",
      ["chair of the harbour board"],
    ],
    [
      "a relative clause with a copula gives the role after it",
      "Mira Tandon, who was a longtime adviser to the governor, said the plan would fail.",
      "Mira Tandon",
      ["longtime adviser to the governor"],
    ],
    [
      "a relative clause's role may open with a title's initials and no article",
      "Omar Reyes, who was EVP of retail sales at Brightline, left in May.",
      "Omar Reyes",
      ["EVP of retail sales at Brightline"],
    ],
    [
      "a relative clause with no role noun after its copula gives no role",
      "Omar Reyes, who was later cleared of all charges, spoke on Monday.",
      "Omar Reyes",
      [],
    ],
    [
      "an apposition between two dashes is a role, with the person it is for",
      "Mira Tandon — a press secretary for Governor Hal Brenner — has left the office.",
      "Mira Tandon",
      ["press secretary for Governor Hal Brenner"],
    ],
    [
      "a clause between two dashes is no role",
      "Mira Tandon — a woman who had left early — came back.",
      "Mira Tandon",
      [],
    ],
    [
      "a second role joined to an apposition by and a is a role too",
      "Lena Ortiz, a research fellow at the Delta Institute (DI) and a lecturer in soil science at Harwick College, led the work.",
      "Lena Ortiz",
      ["research fellow at the Delta Institute", "lecturer in soil science at Harwick College"],
    ],
    [
      "an office of a department may be set off from the name by a comma",
      "Our new Deputy Secretary of Transport, Ann Velde, starts on Monday.",
      "Ann Velde",
      ["Deputy Secretary of Transport"],
    ],
    [
      "a loyalist of a party is a role noun before the name",
      "The council named party loyalist Ann Velde chair.",
      "Ann Velde",
      ["party loyalist"],
    ],
    [
      "a qualifier of a role noun stands in its sentence",
      "The talks were held in Harbourton. Ministry spokesman Ann Velde declined to comment.",
      "Ann Velde",
      ["Ministry spokesman"],
    ],
    [
      "a possessive pronoun before a kinship noun still makes a role",
      "County judge Mike Orrin and his wife Delia Orrin were found at home.",
      "Delia Orrin",
      ["his wife"],
    ],
  ];
  for (const [name, text, entity, roles] of rows) it(name, () => assert.deepEqual(rolesOf(text, entity), roles));

  it("a role phrase that ends in a preposition is incomplete", () => {
    for (const [role, complete] of [
      ["owner of", false],
      ["owner of the bakery", true],
      ["first mayor born after", false],
    ] as const)
      assert.equal(isCompleteRole({ start: 0, end: role.length, role, rule: "t" }), complete, role);
  });
});

describe("names glued to what is no part of them", () => {
  const rows: [string, string, string[]][] = [
    [
      "a plural title is not part of the first name",
      "They include Senators Ann Velde, Rob Stiles and Kara Moss.",
      ["Ann Velde", "Rob Stiles", "Kara Moss"],
    ],
    [
      "a question word opening a headline",
      "Why Delacroix Is Winning\n\nMarie Delacroix won again. Delacroix smiled.",
      ["Marie Delacroix"],
    ],
    [
      "a short first name is the same person",
      "Senator Joseph Marlowe spoke. Joe Marlowe left. Marlowe said no.",
      ["Joseph Marlowe"],
    ],
    ["a modal opening a question headline", "Can Ann Velde Win?\n\nAnn Velde spoke. Velde smiled.", ["Ann Velde"]],
    ["a possessive ends a titled name", "He met Mr. Volkov’s Russia on Monday.", ["Volkov", "Russia"]],
    [
      "a full name with another first name is another person",
      "Governor Paul R. Whitcombe spoke. Whitcombe left. Anne Whitcombe smiled.",
      ["Paul R. Whitcombe", "Anne Whitcombe"],
    ],
    [
      "a surname the gazetteer knows as a town is the person",
      "Marcus Taylor III wrote to the board. Later, Taylor argued that the vote was void.",
      ["Marcus Taylor III"],
    ],
    [
      "a paper's name ending in Chronicle or Monitor",
      "The Harwick Chronicle and the Dunmore Monitor reported it.",
      ["Harwick Chronicle", "Dunmore Monitor"],
    ],
    [
      "a plural role before an organisation's name",
      "Leaders of Northern Ports Association met on Monday.",
      ["Northern Ports Association"],
    ],
    [
      "a saint's abbreviation inside an organisation's name",
      "The Federal Reserve Bank of St. Ormond said so.",
      ["Federal Reserve Bank of St. Ormond"],
    ],
    [
      "a plural head noun ends an organisation's name",
      "Kara Moss, spokeswoman for the Union of Harbour Pilots Associations, spoke.",
      ["Kara Moss", "Union of Harbour Pilots Associations"],
    ],
    [
      "a party member's seat is no part of the committee's name",
      "The top Democrat on the Harbour Committee spoke.",
      ["Harbour Committee"],
    ],
    ["a think tank's program named after a place", "The Sahel Program director said it was over.", ["Sahel Program"]],
    ["an organisation's possessive", "The Millbrook Foundation’s website lists the donors.", ["Millbrook Foundation"]],
    ["a weekday after an on-phrase", "He told Channel Nine News on Thursday that it was over.", ["Channel Nine News"]],
    ["a label in capitals", "The fair opened. ( PHOTOS: The best of the fair) It closes in May.", []],
    [
      "a generational suffix after King is no titled name",
      "It was the dream of Samuel Ellis King Jr., he said.",
      ["Samuel Ellis King Jr."],
    ],
    [
      "an office's possessive stays inside an organisation's name",
      "The Marlow County Sheriff’s Department said so.",
      ["Marlow County Sheriff’s Department"],
    ],
    ["a small town's name after the, ending the phrase", "He quoted from the Koran, then left the room.", []],
    [
      "a listed company whose name opens with a rank word is no titled person",
      "Shares of General Motors rose, and General Ada Krell spoke.",
      ["General Motors", "Ada Krell"],
    ],
    [
      "a body's name cut at its and, the first half read as a place",
      "Agents of Customs and Border Protection met officers of Immigration and Customs Enforcement.",
      ["Customs and Border Protection", "Immigration and Customs Enforcement"],
    ],
    [
      "a menu label on the line above is no first name",
      "Opinion\nColumnists\nMarta Lindqvist\n\nMarta Lindqvist writes about courts.",
      ["Marta Lindqvist"],
    ],
  ];
  for (const [name, text, names] of rows) it(name, () => assert.deepEqual(namesOf(text), names));
});

describe("a surname several people share", () => {
  it("means the one named last", () => {
    const { entities, text } = entitiesOf(
      "Paul Hadley spoke first. Hadley said it was fine. Then Grace Hadley spoke. Hadley said she would run.",
    );
    const second = text.indexOf("Hadley said she");
    assert.deepEqual(
      entities.filter((e) => e.type === "person").map((e) => [e.name, e.mentions.map((m) => m.start)]),
      [
        ["Paul Hadley", [0, text.indexOf("Hadley said it")]],
        ["Grace Hadley", [text.indexOf("Grace"), second]],
      ],
    );
  });
});

describe("a surname several people share, far from the last full name", () => {
  const filler =
    " The weather was mild and the crowd was large, and nobody expected the long evening to end early.".repeat(3);
  const rows: [string, string, string][] = [
    [
      "means the one the article names most",
      `Grace Hadley spoke. Hadley smiled. Hadley waved. Her husband Paul Hadley sat down.${filler} Hadley said she would run.`,
      "Grace Hadley",
    ],
    [
      "means the father, not the son with a Jr.",
      "Tom Hadley spoke. His team includes Tom Hadley Jr., an aide. Hadley said he would run.",
      "Tom Hadley",
    ],
  ];
  for (const [name, text, owner] of rows)
    it(name, () => {
      const { entities } = entitiesOf(text);
      const last = text.lastIndexOf("Hadley said");
      const e = entities.find((x) => x.mentions.some((m) => m.start === last));
      assert.equal(e?.name, owner);
    });
});

describe("a surname several people share, after an honorific", () => {
  it("is not the one already called by the other honorific", () => {
    const { entities, text } = entitiesOf(
      "Paul Hadley spoke first. Then Grace Hadley spoke. Paul Hadley waved. Mr. Hadley left. Mrs. Hadley stayed.",
    );
    const grace = entities.find((e) => e.name === "Grace Hadley");
    assert.ok(grace);
    assert.ok(
      grace.mentions.some((m) => m.start === text.indexOf("Hadley stayed")),
      grace.mentions.map((m) => m.start).join(","),
    );
    assert.deepEqual(
      grace.roles.filter(stated).map((r) => r.role),
      ["Mrs."],
    );
  });
});

describe("refiners for names the tagger types or cuts wrongly", () => {
  const at = (text: string, name: string, type: EntityType, rule = "entities:ner-ORG"): Mention => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, `${name} in ${text}`);
    return { start, end: start + name.length, type, form: "name", rule, score: 0.9 };
  };
  /** The mention of a name's last occurrence in the text. */
  const last = (text: string, name: string, type: EntityType): Mention => {
    const start = text.lastIndexOf(name);
    return { start, end: start + name.length, type, form: "name", rule: "entities:ner-ORG", score: 0.9 };
  };
  const show = (text: string, ms: readonly Mention[]) => ms.map((m) => `${m.type}:${text.slice(m.start, m.end)}`);
  const rows: [string, string, (text: string) => Mention[], MentionRefiner, string[]][] = [
    [
      "a MISC name with staff after it is a company",
      "She is a former Zentrix executive who joined the board in May.",
      (t) => [at(t, "Zentrix", "misc", "entities:ner-MISC")],
      miscThatAreCompanies,
      ["organization:Zentrix"],
    ],
    [
      "a MISC name after a maker noun is a company",
      "In March, battery maker Zentrix filed for bankruptcy.",
      (t) => [at(t, "Zentrix", "misc", "entities:ner-MISC")],
      miscThatAreCompanies,
      ["organization:Zentrix"],
    ],
    [
      "a nationality before staff stays MISC",
      "Several Canadian executives declined to comment.",
      (t) => [at(t, "Canadian", "misc", "entities:ner-MISC")],
      miscThatAreCompanies,
      ["misc:Canadian"],
    ],
    [
      "the photographer in a bracketed credit is no entity, the agency an organisation",
      "Crowds waited at the gate. (Tomas Velde/Harbour Pictures via AP)",
      (t) => [
        at(t, "Tomas Velde", "place", "entities:ner-LOC"),
        at(t, "Harbour Pictures", "place", "entities:ner-LOC"),
      ],
      photoCreditNames,
      ["organization:Harbour Pictures"],
    ],
    [
      "the photographer after an agency's photo mark is no entity",
      "Crowds waited at the gate. (AP Photo/Tomas Velde)",
      (t) => [at(t, "Tomas Velde", "person", "entities:ner-PER"), at(t, "AP", "organization")],
      photoCreditNames,
      ["organization:AP"],
    ],
    [
      "an agency the tagger read as a person's name is the agency",
      "Sandbags line the street. (Photo: Tomas Velde/Harbour Images)",
      (t) => [
        at(t, "Tomas Velde", "person", "entities:ner-PER"),
        at(t, "Harbour Images", "person", "entities:ner-PER"),
      ],
      photoCreditNames,
      ["organization:Harbour Images"],
    ],
    [
      "a credit line names no place",
      "Crowds waited at the gate.\nPhoto: Tomas Velde / Harbour Pictures",
      (t) => [
        at(t, "Tomas Velde", "place", "entities:ner-LOC"),
        at(t, "Harbour Pictures", "misc", "entities:ner-MISC"),
      ],
      photoCreditNames,
      ["organization:Harbour Pictures"],
    ],
    [
      "a 'Photo:' caption about people is no credit",
      "Crowds waited at the gate.\nPhoto: The mayor Ana Lind speaks to voters in Northwind on Monday",
      (t) => [at(t, "Ana Lind", "person", "entities:ner-PER"), at(t, "Northwind", "place", "entities:ner-LOC")],
      photoCreditNames,
      ["person:Ana Lind", "place:Northwind"],
    ],
    [
      "a bracket with a slash and no credit mark is left alone",
      "The venture (Northwind/Southfield) was sold to Lisbon buyers.",
      (t) => [at(t, "Northwind", "place", "entities:ner-LOC")],
      photoCreditNames,
      ["place:Northwind"],
    ],
    [
      "a generic feature word runs on over the capitalised 'of' phrase after it",
      "Boats crossed the Bay of Gulls at dawn.",
      (t) => [at(t, "Bay", "place", "entities:ner-LOC"), at(t, "Gulls", "organization")],
      featureWordOpensOfName,
      ["place:Bay of Gulls"],
    ],
    [
      "a feature word with no 'of' name after it is left alone",
      "Boats crossed the Bay at dawn.",
      (t) => [at(t, "Bay", "place", "entities:ner-LOC")],
      featureWordOpensOfName,
      ["place:Bay"],
    ],
    [
      "a name run into the common noun after it loses the noun",
      "An upstart Northwind Front affiliate claimed the raid.",
      (t) => [at(t, "Northwind Front affiliate", "organization")],
      dropTrailingLowerCaseWords,
      ["organization:Northwind Front"],
    ],
    [
      "a lower-case particle inside a name is kept",
      "They visited the Bank of England on Monday.",
      (t) => [at(t, "Bank of England", "organization")],
      dropTrailingLowerCaseWords,
      ["organization:Bank of England"],
    ],
    [
      "an adjective typed MISC and a generic head typed ORG are one organisation",
      "The envoy vowed to defeat Radiant State fighters.",
      (t) => [at(t, "Radiant", "misc", "entities:ner-MISC"), at(t, "State", "organization")],
      joinAdjectiveAndHead,
      ["organization:Radiant State"],
    ],
    [
      "an adjective before a company's own name is not joined to it",
      "The Russian Gazprom deal stalled.",
      (t) => [at(t, "Russian", "misc", "entities:ner-MISC"), at(t, "Gazprom", "organization")],
      joinAdjectiveAndHead,
      ["misc:Russian", "organization:Gazprom"],
    ],
    [
      "a possessive after an indefinite article is part of a business's name",
      "They met at a Gilroy's diner on Main Street.",
      (t) => [at(t, "Gilroy", "person", "entities:ner-PER")],
      keepPossessiveBusinessNames,
      ["organization:Gilroy's"],
    ],
    [
      "a possessive before a stock ticker in brackets is part of a listed company's name",
      "Shares of rivals fell, and Gilroy's (GIL) stock dropped. Sen. Ann Velde's (R-Ohio) bill passed.",
      (t) => [at(t, "Gilroy", "person", "entities:ner-PER"), at(t, "Ann Velde", "person", "entities:ner-PER")],
      keepPossessiveBusinessNames,
      ["organization:Gilroy's", "person:Ann Velde"],
    ],
    [
      "a possessive before a noun after a name stays a possessive",
      "They read Gilroy's memo on Monday.",
      (t) => [at(t, "Gilroy", "person", "entities:ner-PER")],
      keepPossessiveBusinessNames,
      ["person:Gilroy"],
    ],
    [
      "a word in capitals for emphasis, also written as an ordinary word, names nothing",
      "He wrote: “They will NEVER win if they wait.” Talks never end.",
      (t) => [at(t, "NEVER", "organization")],
      dropWordsInCapitals,
      [],
    ],
    [
      "an acronym that is also a word stays where the text writes it as an acronym",
      "The WHO said who may travel. WHO officials agreed.",
      (t) => [at(t, "WHO", "organization")],
      dropWordsInCapitals,
      ["organization:WHO"],
    ],
    [
      "an acronym the text spells out stays",
      "The Center for Automotive Research counted cars. Job losses were large, CAR said, as a car costs more.",
      (t) => [at(t, "CAR", "organization")],
      dropWordsInCapitals,
      ["organization:CAR"],
    ],
    [
      "a headline set in capitals is left alone",
      "STORM HITS COAST\n\nThe storm hit the coast.",
      (t) => [at(t, "COAST", "organization")],
      dropWordsInCapitals,
      ["organization:COAST"],
    ],
    [
      "a name cut at its ampersand takes in the words before it",
      "In Texas, insurer Scott & White is looking for a rise.",
      (t) => [at(t, "Scott", "person", "entities:ner-PER"), at(t, "& White", "place", "entities:ner-LOC")],
      joinNamesAtAmpersand,
      ["organization:Scott & White"],
    ],
    [
      "a name cut before its ampersand takes in the words after it",
      "He worked at Meagher & Flom LLP for years.",
      (t) => [at(t, "Meagher &", "organization")],
      joinNamesAtAmpersand,
      ["organization:Meagher & Flom LLP"],
    ],
    [
      "places joined by an ampersand stay two places",
      "Troops left IRAQ & IRAN last year.",
      (t) => [at(t, "IRAQ", "place", "entities:ner-LOC"), at(t, "& IRAN", "place", "entities:ner-LOC")],
      joinNamesAtAmpersand,
      ["place:IRAQ", "place:IRAN"],
    ],
    [
      "a fragment with nothing capitalised across the ampersand is dropped",
      "It was a win for Trump & me.",
      (t) => [at(t, "& me", "misc", "entities:ner-MISC")],
      joinNamesAtAmpersand,
      [],
    ],
    [
      "a public body's name cut at its and takes in the words before it",
      "The House Ways and Means Committee will hold a hearing.",
      (t) => [at(t, "Means Committee", "organization")],
      joinOrganisationOverAnd,
      ["organization:House Ways and Means Committee"],
    ],
    [
      "two names joined by and stay two: the first is a mention of its own",
      "Ford and General Motors Company said sales fell.",
      (t) => [at(t, "Ford", "organization"), at(t, "General Motors Company", "organization")],
      joinOrganisationOverAnd,
      ["organization:Ford", "organization:General Motors Company"],
    ],
    [
      "both halves of a body's name cut at its and read as places join into one organisation",
      "Officers of Harbour and Border Protection seized the boat.",
      (t) => [at(t, "Harbour", "place", "entities:ner-LOC"), at(t, "Border Protection", "place", "entities:ner-LOC")],
      joinOrganisationOverAnd,
      ["organization:Harbour and Border Protection"],
    ],
    [
      "a known place before a body's head stays a place",
      "They drove through Long Beach and Rockville Centre on Monday.",
      (t) => [at(t, "Rockville Centre", "place", "entities:ner-LOC")],
      joinOrganisationOverAnd,
      ["place:Rockville Centre"],
    ],
    [
      "a place found after 'District of' is the whole name the gazetteer knows",
      "It is legal in 11 states and the District of Columbia.",
      (t) => [at(t, "Columbia", "place", "entities:ner-LOC")],
      placeNamedWithOf,
      ["place:District of Columbia"],
    ],
    [
      "capitalised words and 'of' that make no gazetteer name are left out",
      "He works for the Bank of America in Charlotte.",
      (t) => [at(t, "America", "place", "entities:ner-LOC")],
      placeNamedWithOf,
      ["place:America"],
    ],
    [
      "a lone surname read as an organisation is the person the article names in full",
      "Tom W. Hale Jr., 50, pleaded guilty. Hale faces ten years.",
      (t) => [at(t, "Tom W. Hale Jr.", "person"), last(t, "Hale", "organization")],
      personSurnamesAreNotOrganisations,
      ["person:Tom W. Hale Jr.", "person:Hale"],
    ],
    [
      "a surname that opens an organisation's longer name stays an organisation",
      "Ann Hale founded it. Hale Marine Works grew, and Hale hired staff.",
      (t) => [at(t, "Ann Hale", "person"), at(t, "Hale Marine Works", "organization"), last(t, "Hale", "organization")],
      personSurnamesAreNotOrganisations,
      ["person:Ann Hale", "organization:Hale Marine Works", "organization:Hale"],
    ],
    [
      "a player's name after a team and a position's initials is a person",
      "Harbour DL Tom Hale was suspended.",
      (t) => [at(t, "Harbour DL Tom Hale", "organization")],
      splitPersonAfterInitials,
      ["organization:Harbour", "person:Tom Hale"],
    ],
    [
      "initials followed by words that are no personal name stay in the organisation",
      "He joined Harbour TV Plus Network last year.",
      (t) => [at(t, "Harbour TV Plus Network", "organization")],
      splitPersonAfterInitials,
      ["organization:Harbour TV Plus Network"],
    ],
    [
      "a name that is no public body's does not take in the words before its and",
      "Apple and Google Maps both changed.",
      (t) => [at(t, "Google Maps", "organization")],
      joinOrganisationOverAnd,
      ["organization:Google Maps"],
    ],
    [
      "an acronym that shares its letters with a city stays an organisation",
      "The UFA said on Monday that it would appeal.",
      (t) => [at(t, "UFA", "organization")],
      placeOverClubName,
      ["organization:UFA"],
    ],
    [
      "a listed company the tagger read as one stays a company, though a city has its name",
      "Toyota builds trucks in Kentucky, and Plymouth drew with Leeds.",
      (t) => [at(t, "Toyota", "organization"), at(t, "Plymouth", "organization")],
      placeOverClubName,
      ["organization:Toyota", "place:Plymouth"],
    ],
    [
      "an acronym the gazetteer knows as an abbreviation is a place",
      "The DC council met on Monday.",
      (t) => [at(t, "DC", "organization")],
      placeOverClubName,
      ["place:DC"],
    ],
    [
      "a name after a first name and an initial",
      "So it goes. — Donald J. Weyland (@dweyland) July 5, 2017",
      (t) => [at(t, "Donald", "place", "entities:gazetteer-place"), at(t, "Weyland", "person", "entities:ner-PER")],
      extendPersonOverInitial,
      ["person:Donald J. Weyland"],
    ],
    [
      "a name after a first name and two initials, written together or apart; not after a country's initials",
      "Walter H.K. Weyland: yes. Nora J. P. Lindqvist: no. The U.S. Weather Board: maybe.",
      (t) => [
        at(t, "Walter", "person", "entities:ner-PER"),
        at(t, "Weyland", "person", "entities:ner-PER"),
        at(t, "Lindqvist", "person", "entities:ner-PER"),
        at(t, "Weather Board", "person", "entities:ner-PER"),
      ],
      extendPersonOverInitial,
      ["person:Walter H.K. Weyland", "person:Nora J. P. Lindqvist", "person:Weather Board"],
    ],
    [
      "a first name and an initial the tagger typed as a body open a person's name, suffix included",
      "Thomas R. Vandeleur Jr., 61, of Milford, was charged on Monday.",
      (t) => [
        at(t, "Thomas R.", "organization", "entities:ner-ORG"),
        at(t, "Milford", "place", "entities:gazetteer-place"),
      ],
      firstNameAndInitialOpenPerson,
      ["person:Thomas R. Vandeleur Jr.", "place:Milford"],
    ],
    [
      "a title and an initial are no first name",
      "It was signed by General K. Morrow in March.",
      (t) => [at(t, "General K.", "organization", "entities:ner-ORG")],
      firstNameAndInitialOpenPerson,
      ["organization:General K."],
    ],
    [
      "a title before an initial is no first name",
      "It was signed by Ambassador J. Walter Hensley in March.",
      (t) => [at(t, "Walter Hensley", "person", "entities:ner-PER")],
      extendPersonOverInitial,
      ["person:Walter Hensley"],
    ],
    [
      "a possessive after a preposition leaves out its noun",
      "Her plan is closer to Gilroy's. He said so.",
      (t) => [at(t, "Gilroy", "person", "entities:ner-PER")],
      keepPossessiveBusinessNames,
      ["person:Gilroy"],
    ],
    [
      "an island's name and a surname that is also a word",
      "Governor Nathan Ordeal visited Tybee Island and met Gov. Ann Deal.",
      (t) => [at(t, "Tybee Island", "person", "entities:ner-PER"), at(t, "Ann Deal", "person", "entities:ner-PER")],
      eventNamesAreNotPeople,
      ["place:Tybee Island", "person:Ann Deal"],
    ],
    [
      "a hand-listed landmark is no person, whoever else bears its last word",
      "Aides drove from Capitol Hill to Camp David with Nora Hill and Diego Garcia.",
      (t) => [
        at(t, "Capitol Hill", "person", "entities:ner-PER"),
        at(t, "Camp David", "person", "entities:ner-PER"),
        at(t, "Nora Hill", "person", "entities:ner-PER"),
        at(t, "Diego Garcia", "person", "entities:ner-PER"),
      ],
      eventNamesAreNotPeople,
      ["place:Capitol Hill", "place:Camp David", "person:Nora Hill", "person:Diego Garcia"],
    ],
    [
      "a hand-listed district or street read as a body is the place; a building and a rule's mention keep theirs",
      "Capitol Hill and Wall Street balked, the Pentagon said, and Downing Street agreed.",
      (t) => [
        at(t, "Capitol Hill", "organization"),
        at(t, "Wall Street", "organization"),
        at(t, "Pentagon", "organization"),
        at(t, "Downing Street", "organization", "entities:well-known-organisation"),
      ],
      districtsAreNotOrganisations,
      ["place:Capitol Hill", "place:Wall Street", "organization:Pentagon", "organization:Downing Street"],
    ],
    [
      "a role word or an abbreviation of a role or a common noun alone names nothing; a state's code is kept",
      "The former VP and the Editor backed a super PAC on TV, said Dana Ruiz of Tulsa, OK.",
      (t) => [
        at(t, "VP", "organization"),
        at(t, "Editor", "person", "entities:ner-PER"),
        at(t, "PAC", "organization"),
        at(t, "TV", "misc"),
        at(t, "Dana Ruiz", "person", "entities:ner-PER"),
        at(t, "Tulsa", "place", "entities:ner-LOC"),
        at(t, "OK", "place", "entities:ner-LOC"),
      ],
      dropBareRoleWords,
      ["person:Dana Ruiz", "place:Tulsa", "place:OK"],
    ],
    [
      "a run of capitals tagged misc is an organisation, unless it abbreviates a thing or a disease or is a listed programme",
      "The DNA matched, AIDS spread, DACA held, and ISIS claimed it.",
      (t) => [
        at(t, "DNA", "misc"),
        at(t, "AIDS", "misc"),
        at(t, "DACA", "misc", "entities:named-thing"),
        at(t, "ISIS", "misc"),
      ],
      acronymIsOrganisation,
      ["misc:DNA", "misc:AIDS", "misc:DACA", "organization:ISIS"],
    ],
    [
      "a leader called by initials is a person, not at an airport",
      "FDR spoke and AOC replied; she landed at JFK Airport, not JFK.",
      (t) => [
        at(t, "FDR", "organization"),
        at(t, "AOC", "misc"),
        at(t, "JFK", "organization"),
        last(t, "JFK", "organization"),
      ],
      initialsOfPeopleArePeople,
      ["person:FDR", "person:AOC", "organization:JFK", "person:JFK"],
    ],
    [
      "a party label that opens a person's name",
      "He trails Democrat Ann Velde in the polls.",
      (t) => [at(t, "Democrat Ann Velde", "person", "entities:ner-PER")],
      stripLeadingPartyLabel,
      ["person:Ann Velde"],
    ],
    [
      "a name cut in two at its surname, its first name run into the title before it",
      "Rivertown Gazette Insider Ann La Velde said so.",
      (t) => [
        at(t, "Rivertown Gazette", "organization"),
        at(t, "Insider Ann", "person", "entities:ner-PER"),
        at(t, "La Velde", "person", "entities:ner-PER"),
      ],
      joinSplitPersonName,
      ["organization:Rivertown Gazette", "person:Ann La Velde"],
    ],
    [
      "two people one space apart stay two when the first does not end in a first name",
      "He thanked Velde Odum for it.",
      (t) => [at(t, "Velde", "person", "entities:ner-PER"), at(t, "Odum", "person", "entities:ner-PER")],
      joinSplitPersonName,
      ["person:Velde", "person:Odum"],
    ],
    [
      "a product's name before a device's noun, or after your, is no person",
      "It has a Liquid Velde display. Stream it from your Echo Odum.",
      (t) => [at(t, "Liquid Velde", "person", "entities:ner-PER"), at(t, "Echo Odum", "person", "entities:ner-PER")],
      productNamesAreNotPeople,
      ["misc:Liquid Velde", "misc:Echo Odum"],
    ],
    [
      "a person's name before a noun of people stays a person",
      "Pro-Velde speakers met Ann Velde, who called him my Tom Odum.",
      (t) => [at(t, "Ann Velde", "person", "entities:ner-PER"), at(t, "Tom Odum", "person", "entities:ner-PER")],
      productNamesAreNotPeople,
      ["person:Ann Velde", "person:Tom Odum"],
    ],
    [
      "a region's name the text buys through is a retailer",
      "The lamp costs $40 at Amazon. It is the Amazon price.",
      (t) => [at(t, "Amazon", "place", "entities:ner-LOC"), last(t, "Amazon", "place")],
      placeNamesThatSell,
      ["organization:Amazon", "organization:Amazon"],
    ],
    [
      "a region's name written with the stays a region",
      "Fires burned in the Amazon, and a lamp costs $40 at Amazon.",
      (t) => [at(t, "Amazon", "place", "entities:ner-LOC"), last(t, "Amazon", "place")],
      placeNamesThatSell,
      ["place:Amazon", "place:Amazon"],
    ],
    [
      "a first name the list lacks and a Slavic surname, read as an organisation",
      "He scored twice, and Vsevolod Harlamov stopped 27 shots.",
      (t) => [at(t, "Vsevolod Harlamov", "organization", "entities:ner-ORG")],
      firstNameThenSurnameIsPerson,
      ["person:Vsevolod Harlamov"],
    ],
    [
      "a state's party member read as a place",
      "Ann Velde, Nevada Democrat, said so.",
      (t) => [at(t, "Ann Velde", "person", "entities:ner-PER"), at(t, "Nevada Democrat", "place", "entities:ner-LOC")],
      dropPartyMemberNames,
      ["person:Ann Velde"],
    ],
    [
      "names listed among people are people",
      "He was tougher than Velde, Taylor or Kerry.",
      (t) => [
        at(t, "Velde", "person", "entities:ner-PER"),
        at(t, "Taylor", "place", "entities:gazetteer-place"),
        at(t, "Kerry", "place", "entities:ner-LOC"),
      ],
      personByCoordination,
      ["person:Velde", "person:Taylor", "person:Kerry"],
    ],
    [
      "a place of several words listed among people stays a place",
      "He blamed Velde, White House and Congress.",
      (t) => [at(t, "Velde", "person", "entities:ner-PER"), at(t, "White House", "place", "entities:ner-LOC")],
      personByCoordination,
      ["person:Velde", "place:White House"],
    ],
    [
      "a major place listed among people stays a place",
      "He met Velde, Merkel and France.",
      (t) => [
        at(t, "Velde", "person", "entities:ner-PER"),
        at(t, "Merkel", "person", "entities:ner-PER"),
        at(t, "France", "place", "entities:ner-LOC"),
      ],
      personByCoordination,
      ["person:Velde", "person:Merkel", "place:France"],
    ],
    [
      "a title that fills its quotation marks keeps its first word; a name outside them does not",
      "She spoke on the “This Morning.” show and to “The Harbour” magazine, then to The Malian reporters.",
      (t) => [
        at(t, "This Morning", "misc", "entities:ner-MISC"),
        at(t, "The Harbour", "misc", "entities:ner-MISC"),
        at(t, "The Malian", "misc", "entities:ner-MISC"),
      ],
      stripLeadingFunctionWords,
      ["misc:This Morning", "misc:The Harbour", "misc:Malian"],
    ],
    [
      "an adjective opening a sentence is no first name",
      "Former Velde aides left the firm.",
      (t) => [at(t, "Former Velde", "person", "entities:ner-PER")],
      stripLeadingFunctionWords,
      ["person:Velde"],
    ],
    [
      "a determiner opening a sentence is no first name",
      "Both Velde brothers left the firm.",
      (t) => [at(t, "Both Velde", "person", "entities:ner-PER")],
      stripLeadingFunctionWords,
      ["person:Velde"],
    ],
    [
      "one party member is not the party",
      "Ann Velde, the Democrat, said so.",
      (t) => [at(t, "Ann Velde", "person", "entities:ner-PER"), at(t, "Democrat", "organization")],
      dropPartyMemberNames,
      ["person:Ann Velde"],
    ],
    [
      "a span ending in an abbreviated title before a name",
      "Marlow Gov. Ann Velde released a statement.",
      (t) => [at(t, "Marlow Gov.", "organization"), at(t, "Ann Velde", "person", "entities:ner-PER")],
      dropTitlesBeforeNames,
      ["person:Ann Velde"],
    ],
    [
      "a war named after a place",
      "The Valtria War ended in Valtria.",
      (t) => [at(t, "Valtria War", "place", "entities:ner-LOC"), at(t, "Valtria.", "place", "entities:ner-LOC")],
      eventNamesAreNotPlaces,
      ["misc:Valtria War", "place:Valtria."],
    ],
    [
      "two coordinated names, one a known place",
      "Troops stay in Norway and Upper Valtria for now.",
      (t) => [at(t, "Norway and Upper Valtria", "organization")],
      splitCoordinatedPlaces,
      ["place:Norway", "place:Upper Valtria"],
    ],
    [
      "a country whose name has and stays whole",
      "Troops stay in Trinidad and Tobago for now.",
      (t) => [at(t, "Trinidad and Tobago", "place", "entities:ner-LOC")],
      splitCoordinatedPlaces,
      ["place:Trinidad and Tobago"],
    ],
    [
      "a person named like a city, who takes an affiliation",
      "Victoria Hallam, of the Family Alliance, said it was wrong.",
      (t) => [at(t, "Victoria Hallam", "place", "entities:ner-LOC")],
      unknownPlacesThatArePeople,
      ["person:Victoria Hallam"],
    ],
    [
      "a place after a locative preposition stays a place whatever follows",
      "A church in Brandywine Hollow told the troop to leave.",
      (t) => [at(t, "Brandywine Hollow", "place", "entities:ner-LOC")],
      unknownPlacesThatArePeople,
      ["place:Brandywine Hollow"],
    ],
    [
      "a doctrine, a crisis, a street",
      "The Halvorsen Doctrine and the Lindgren Crisis began on Kelmscott Street.",
      (t) => [
        at(t, "Halvorsen Doctrine", "person", "entities:ner-PER"),
        at(t, "Lindgren Crisis", "person", "entities:ner-PER"),
        at(t, "Kelmscott Street", "person", "entities:ner-PER"),
      ],
      eventNamesAreNotPeople,
      ["misc:Halvorsen Doctrine", "misc:Lindgren Crisis", "place:Kelmscott Street"],
    ],
    [
      "an acronym takes the number written onto it; a lone letter, a long number or a decimal does not",
      "QXV-19 cases rose; the ZR-15 rifle, KLM-1984 and the TQ-2.5 engine sold; the I-95 road; QXV-19's toll.",
      (t) => [
        at(t, "QXV", "misc"),
        at(t, "ZR", "misc"),
        at(t, "KLM", "organization"),
        at(t, "TQ", "misc"),
        at(t, "I", "misc"),
        last(t, "QXV", "misc"),
      ],
      extendAcronymOverNumber,
      ["misc:QXV-19", "misc:ZR-15", "organization:KLM", "misc:TQ", "misc:I", "misc:QXV-19"],
    ],
    [
      "a law, a founding document, an era and a disease",
      "The Halvorsen Act, the Constitution, the Great Recession and AIDS shaped the Halvorsen Foundation.",
      (t) => [
        at(t, "Halvorsen Act", "organization"),
        at(t, "Constitution", "organization"),
        at(t, "Great Recession", "organization"),
        at(t, "AIDS", "organization"),
        at(t, "Halvorsen Foundation", "organization"),
      ],
      lawsAndDiseasesAreNotOrganisations,
      [
        "misc:Halvorsen Act",
        "misc:Constitution",
        "misc:Great Recession",
        "misc:AIDS",
        "organization:Halvorsen Foundation",
      ],
    ],
    [
      "a name ending in an abstract noun is a body, a surname like one is not",
      "Agents of Border Enforcement met Paul Clement and Ann Velde.",
      (t) => [
        at(t, "Border Enforcement", "person", "entities:ner-PER"),
        at(t, "Paul Clement", "person", "entities:ner-PER"),
        at(t, "Ann Velde", "person", "entities:ner-PER"),
      ],
      abstractNamesAreNotPeople,
      ["organization:Border Enforcement", "person:Paul Clement", "person:Ann Velde"],
    ],
    [
      "a surname before campaign or administration is a person's",
      "The Velde and Marlow campaigns met the Halvorsen administration, the Texas campaign, the Democratic campaign, the Russian campaign and the FEC campaign.",
      (t) => [
        at(t, "Velde", "organization"),
        at(t, "Marlow", "organization"),
        at(t, "Halvorsen", "misc"),
        at(t, "Texas", "organization"),
        at(t, "Democratic", "organization"),
        at(t, "Russian", "misc"),
        at(t, "FEC", "organization"),
      ],
      campaignOwnersArePeople,
      [
        "person:Velde",
        "person:Marlow",
        "person:Halvorsen",
        "organization:Texas",
        "organization:Democratic",
        "misc:Russian",
        "organization:FEC",
      ],
    ],
    [
      "a law's head word left outside the name",
      "The Halvorsen Relief Act passed, and the HALT Act did not.",
      (t) => [at(t, "Halvorsen Relief", "organization"), at(t, "HALT", "organization")],
      extendOverLawHeads,
      ["misc:Halvorsen Relief Act", "misc:HALT Act"],
    ],
    [
      "codes in web addresses and joined-word handles and tags are no names; a handle that is the name stays",
      "Marlow votes https://t.co/QxHalvorsen — Ann Velde (@AnnVelde2) #SaveMarlow via @Reuters",
      (t) => [
        at(t, "Marlow", "place"),
        at(t, "QxHalvorsen", "person"),
        at(t, "Ann Velde", "person"),
        at(t, "AnnVelde2", "organization"),
        at(t, "SaveMarlow", "misc"),
        at(t, "Reuters", "organization"),
      ],
      dropWebAddressesAndHandles,
      ["place:Marlow", "person:Ann Velde", "organization:Reuters"],
    ],
    [
      "a word capitalised only where it opens a sentence, and written in lower case elsewhere, is no name",
      "Who wants higher fares? Liberals. Critics say liberals and Marlow want them. Marlow disagrees. Velde said so, and Velde left.",
      (t) => [
        at(t, "Liberals", "organization"),
        at(t, "Critics", "organization"),
        at(t, "Marlow", "place"),
        at(t, "Velde", "person"),
      ],
      dropCapitalisedCommonWords,
      // "Critics" is never written in lower case here, so it stays (the rule needs both signs).
      ["organization:Critics", "place:Marlow", "person:Velde"],
    ],
    [
      "a body's name cut short before the kind of body it is runs on to it, and so does its name elsewhere",
      "The Velde Metallarbeiter union struck; Velde Metallarbeiter said so, as did the Senate Republican party.",
      (t) => [
        at(t, "Velde", "organization"),
        { ...at(t, "Velde Metallarbeiter said", "organization"), end: t.indexOf("Velde Metallarbeiter said") + 5 },
        at(t, "Senate", "organization"),
      ],
      organisationNameBeforeItsKind,
      ["organization:Velde Metallarbeiter", "organization:Velde Metallarbeiter", "organization:Senate"],
    ],
    [
      "an abbreviation of a thing or a condition is no organisation; a body's is",
      "The SUV had GPS, and the veteran's PTSD was known to the VA.",
      (t) => [
        at(t, "SUV", "organization"),
        at(t, "GPS", "organization"),
        at(t, "PTSD", "organization"),
        at(t, "VA", "organization"),
      ],
      acronymsOfThingsAreNotOrganisations,
      ["misc:SUV", "misc:GPS", "misc:PTSD", "organization:VA"],
    ],
    [
      "a country's or state's chamber or army, a firm named for capital and a constitution are not places",
      "The U.S. House and the Ohio Senate met; Velde Capital paid, the Lumora Army marched, under the U.S. Constitution.",
      (t) => [
        at(t, "U.S. House", "place"),
        at(t, "Ohio Senate", "place"),
        at(t, "Velde Capital", "place"),
        at(t, "Lumora Army", "place"),
        at(t, "U.S. Constitution", "place"),
      ],
      bodiesOfPlacesAreNotPlaces,
      [
        "organization:U.S. House",
        "organization:Ohio Senate",
        "organization:Velde Capital",
        "place:Lumora Army",
        "misc:U.S. Constitution",
      ],
    ],
    [
      "a storm's name is an event, not a person",
      "Hurricane Marlow hit the coast as Anna Velde spoke.",
      (t) => [at(t, "Hurricane Marlow", "person"), at(t, "Anna Velde", "person")],
      stormsAreEvents,
      ["misc:Hurricane Marlow", "person:Anna Velde"],
    ],
    [
      "a storm's bare name after its full name, or after a storm word in lower case, is the storm",
      "Typhoon Marlow hit the coast. Later Marlow weakened, and the tropical cyclone Ferrin formed as Ferrin Lake waited.",
      (t) => [
        at(t, "Typhoon Marlow", "misc"),
        { ...at(t, "Marlow weakened", "person"), end: t.indexOf("Marlow weakened") + "Marlow".length },
        { ...at(t, "Ferrin formed", "person"), end: t.indexOf("Ferrin formed") + "Ferrin".length },
        at(t, "Ferrin Lake", "person"),
      ],
      stormsAreEvents,
      ["misc:Typhoon Marlow", "misc:Marlow", "misc:Ferrin", "person:Ferrin Lake"],
    ],
    [
      "the capitalised storm word the tagger left out, or read as a name of its own, joins the storm's name",
      "Hurricane Velde hit the coast before Super Typhoon Marlow did.",
      (t) => [
        at(t, "Hurricane", "organization"),
        { ...at(t, "Velde hit", "person"), end: t.indexOf("Velde hit") + "Velde".length },
        { ...at(t, "Marlow did", "person"), end: t.indexOf("Marlow did") + "Marlow".length },
      ],
      stormsAreEvents,
      ["misc:Hurricane Velde", "misc:Super Typhoon Marlow"],
    ],
    [
      "a two-word name without a first name before a possessive and a person's full name is the person's employer",
      "Prices rose, said Harlow Soup's Denise Velde. Tomas Brandt's Alma Reyes agreed, and Odum Marl's Maria Lopez left; Marl said so.",
      (t) => [
        at(t, "Harlow Soup", "person"),
        at(t, "Denise Velde", "person"),
        at(t, "Tomas Brandt", "person"),
        at(t, "Alma Reyes", "person"),
        at(t, "Odum Marl", "person"),
        at(t, "Maria Lopez", "person"),
      ],
      employerBeforePossessivePerson,
      [
        "organization:Harlow Soup",
        "person:Denise Velde",
        "person:Tomas Brandt",
        "person:Alma Reyes",
        "person:Odum Marl",
        "person:Maria Lopez",
      ],
    ],
    [
      "a people's plural before 'for' and a capitalised cause is one advocacy body",
      "Ads by Americans for Fair Roads ran, and Parents for Safe Streets and Parks in Marlow met. Parents for years asked for less.",
      (t) => [
        { ...at(t, "Americans", "place", "entities:ner-MISC+demonym"), form: "demonym" as const },
        at(t, "Fair Roads", "person", "entities:ner-PER"),
        at(t, "Safe Streets", "organization"),
        at(t, "Marlow", "place"),
      ],
      groupsForACauseAreOrganisations,
      ["organization:Americans for Fair Roads", "organization:Parents for Safe Streets and Parks in Marlow"],
    ],
    [
      "a name before the kind of area it is, in lower case, is that area",
      "Flooding hit the eastern Marlow Vale district and the Ferrin region. Pelosi's district voted.",
      (t) => [at(t, "Marlow Vale", "person"), at(t, "Ferrin", "organization"), at(t, "Pelosi", "person")],
      namesBeforeAreaWordsArePlaces,
      ["place:Marlow Vale", "place:Ferrin", "person:Pelosi"],
    ],
    [
      "a weekday after a person's name is no part of it",
      "Asked by host Anna Velde Thursday whether he would apologise, he said no.",
      (t) => [at(t, "Anna Velde Thursday", "person")],
      dropTrailingWeekday,
      ["person:Anna Velde"],
    ],
    [
      "a month after a preposition ends any name; a country's chamber without it is a body",
      "The bill passed the U.S. House of Representatives in January. Ada Lund on March 3 spoke.",
      (t) => [at(t, "U.S. House of Representatives in January", "place"), at(t, "Ada Lund on March 3", "person")],
      dropTrailingWeekday,
      ["organization:U.S. House of Representatives", "person:Ada Lund"],
    ],
    [
      "a month that is a surname stays: no preposition before it",
      "Prime Minister Theresa May spoke.",
      (t) => [at(t, "Theresa May", "person")],
      dropTrailingWeekday,
      ["person:Theresa May"],
    ],
    [
      "a weekday after a place's name is no part of it, nor is the 'on' before one",
      "Ships in the Gulf of Tarrow on Saturday and the Bay of Velde on Thursday were hit.",
      (t) => [at(t, "Gulf of Tarrow on Saturday", "place"), at(t, "Bay of Velde on", "place")],
      dropTrailingWeekday,
      ["place:Gulf of Tarrow", "place:Bay of Velde"],
    ],
    [
      "a weekday after an organisation's name is no part of it",
      "The mayor wrote on Chatterly Friday that the road would reopen.",
      (t) => [at(t, "Chatterly Friday", "organization")],
      dropTrailingWeekday,
      ["organization:Chatterly"],
    ],
    [
      "a name never holds half of a bracket pair: it is cut into the name and the abbreviation",
      "Fighters of the Northern Harvest Front (NHF) withdrew. The Marlow Guild) met.",
      (t) => [at(t, "Northern Harvest Front (NHF", "organization"), at(t, "Marlow Guild)", "organization")],
      splitAtUnbalancedBracket,
      ["organization:Northern Harvest Front", "organization:NHF", "organization:Marlow Guild"],
    ],
    [
      "an apposition saying the name is a company makes it an organisation",
      "Velmora, the region's largest retailer, grew. Halden Tech, the Swiss arm of a bank, and Orrin Vale, a firm believer in rules, spoke. Ada Lund, the head of the company, left. Velmora hired. Ivo Brandt, a conservative Web publisher, wrote.",
      (t) => [
        at(t, "Velmora", "place"),
        { ...at(t, "Velmora hired", "place", "entities:name-propagation"), end: t.lastIndexOf("Velmora") + 7 },
        at(t, "Halden Tech", "person"),
        at(t, "Orrin Vale", "person"),
        at(t, "Ada Lund", "person"),
        at(t, "Ivo Brandt", "person"),
      ],
      organisationsByApposition,
      [
        "organization:Velmora",
        "organization:Velmora",
        "organization:Halden Tech",
        "person:Orrin Vale",
        "person:Ada Lund",
        "person:Ivo Brandt",
      ],
    ],
    [
      "a name coordinated with a place is a place, but not an acronym that only shares a village's letters",
      "Ships sailed between Plymouth and Penzance. Troops from France and NATO landed.",
      (t) => [
        at(t, "Plymouth", "place"),
        at(t, "Penzance", "organization"),
        at(t, "France", "place"),
        at(t, "NATO", "organization"),
      ],
      placeByCoordination,
      ["place:Plymouth", "place:Penzance", "place:France", "organization:NATO"],
    ],
    [
      "a lower-case determiner after a name is no part of it",
      "Orvane this quarter reported a loss, and Halden Bank its first gain.",
      (t) => [at(t, "Orvane this", "organization"), at(t, "Halden Bank its", "organization")],
      dropTrailingDeterminer,
      ["organization:Orvane", "organization:Halden Bank"],
    ],
    [
      "a place before -based is a place, and the name after it a body",
      "Police blamed the Leeds-based Harrow Crew for the raid. Of the Leeds-based Tarn Club, Velde said little.",
      (t) => [at(t, "Leeds-based Harrow Crew", "place"), at(t, "Leeds-based Tarn Club, Velde", "misc")],
      splitPlaceBasedName,
      ["place:Leeds", "organization:Harrow Crew", "place:Leeds", "organization:Tarn Club"],
    ],
    [
      "a holiday is no entity",
      "Talks stalled before Christmas in Marlow.",
      (t) => [at(t, "Christmas", "place", "entities:gazetteer-place"), at(t, "Marlow", "place")],
      dropHolidays,
      ["place:Marlow"],
    ],
    [
      "a shopping day of two words is no entity",
      "Prices fell before Black Friday in Marlow.",
      (t) => [at(t, "Black Friday", "place"), at(t, "Marlow", "place")],
      dropHolidays,
      ["place:Marlow"],
    ],
    [
      "a greeting is no entity",
      "Ann Velde wished Marlow a Merry Christmas.",
      (t) => [
        at(t, "Ann Velde", "person", "entities:ner-PER"),
        at(t, "Marlow", "place"),
        at(t, "Merry Christmas", "person", "entities:ner-PER"),
      ],
      dropHolidays,
      ["person:Ann Velde", "place:Marlow"],
    ],
    [
      "a name ending in an abbreviated street word is a street; the abbreviation alone is no name",
      "Crowds met at Tarrow Ave. and E. 55th St. near Velde Rd., by the Marlow Guild.",
      (t) => [
        at(t, "Tarrow Ave.", "organization"),
        at(t, "St.", "place", "entities:ner-LOC"),
        at(t, "Velde Rd.", "person", "entities:ner-PER"),
        at(t, "Marlow Guild", "organization"),
      ],
      abbreviatedStreetsArePlaces,
      ["place:Tarrow Ave.", "place:Velde Rd.", "organization:Marlow Guild"],
    ],
    [
      "a name ending in a building's or ground's word is that place or the body it houses",
      "Fans left Velde Stadium for the Marlow Theatre, as Ann Hall watched.",
      (t) => [
        at(t, "Velde Stadium", "person", "entities:ner-PER"),
        at(t, "Marlow Theatre", "person", "entities:ner-PER"),
        at(t, "Ann Hall", "person", "entities:ner-PER"),
      ],
      facilitiesAreNotPeople,
      ["place:Velde Stadium", "organization:Marlow Theatre", "person:Ann Hall"],
    ],
    [
      "a place-name opener left on its own joins the facility after it; a first name keeps its surname",
      "He was sent to San Tarrow State Prison, as Ann Tower said.",
      (t) => [
        at(t, "San", "place", "entities:ner-LOC"),
        at(t, "Tarrow State Prison", "person", "entities:ner-PER"),
        at(t, "Ann Tower", "person", "entities:ner-PER"),
      ],
      facilitiesAreNotPeople,
      ["place:San Tarrow State Prison", "person:Ann Tower"],
    ],
    [
      "two plurals joined by and are two organisations",
      "The Marlow Herons and Gulls met the Velde Reds. The Herons and Gulls lost; Barnes and Noble sold tickets.",
      (t) => [last(t, "Herons and Gulls", "organization"), at(t, "Barnes and Noble", "organization")],
      splitCoordinatedPlurals,
      ["organization:Herons", "organization:Gulls", "organization:Barnes and Noble"],
    ],
    [
      "an award that bears a first name is a named thing",
      "Ann Velde earned an Emmy nomination and won an Oscar; her son Oscar cheered.",
      (t) => [
        at(t, "Ann Velde", "person", "entities:ner-PER"),
        at(t, "Emmy", "person", "entities:ner-PER"),
        at(t, "Oscar", "person", "entities:ner-PER"),
        last(t, "Oscar", "person"),
      ],
      awardsAndEponymsAreNotPeople,
      ["person:Ann Velde", "misc:Emmy", "misc:Oscar", "person:Oscar"],
    ],
    [
      "an Oscar-winning actor's award, an Emmy night's",
      "The Oscar-winning actor left Marlow before Emmy night.",
      (t) => [at(t, "Oscar", "person", "entities:ner-PER"), at(t, "Marlow", "place"), at(t, "Emmy", "person")],
      awardsAndEponymsAreNotPeople,
      ["misc:Oscar", "place:Marlow", "misc:Emmy"],
    ],
    [
      "a scale named for its maker is no entity",
      "The quake measured 5.6 on the Richter scale near Marlow.",
      (t) => [at(t, "Richter", "person", "entities:ner-PER"), at(t, "Marlow", "place")],
      awardsAndEponymsAreNotPeople,
      ["place:Marlow"],
    ],
    [
      "nor are cocktails, schemes or tendons named after someone",
      "Rioters threw Molotov cocktails in Marlow; Velde ran a Ponzi scheme and tore his Achilles tendon.",
      (t) => [
        at(t, "Molotov", "misc", "entities:ner-MISC"),
        at(t, "Marlow", "place"),
        at(t, "Velde", "person", "entities:ner-PER"),
        at(t, "Ponzi", "misc", "entities:ner-MISC"),
        at(t, "Achilles", "organization"),
      ],
      awardsAndEponymsAreNotPeople,
      ["place:Marlow", "person:Velde"],
    ],
    [
      "a word that names a place only inside a longer name",
      "Muslim leaders met on Main Street in Marlow.",
      (t) => [at(t, "Muslim", "place"), at(t, "Street", "place"), at(t, "Marlow", "place")],
      dropPlacesThatAreNot,
      ["place:Marlow"],
    ],
    [
      "a movement or a platform named without a head noun",
      "Black Lives Matter marched past Antifa in Marlow, on Snapchat and Facebook Messenger.",
      (t) => [
        at(t, "Black Lives", "organization"),
        at(t, "Antifa", "place"),
        at(t, "Marlow", "place"),
        at(t, "Snapchat", "place"),
        at(t, "Facebook Messenger", "organization"),
      ],
      wellKnownOrganisations,
      [
        "organization:Black Lives Matter",
        "organization:Antifa",
        "place:Marlow",
        "organization:Snapchat",
        "organization:Facebook Messenger",
      ],
    ],
    [
      "a pollster named bare is an organisation; a town of its name before its state is not; a list is no town",
      "A Gallup poll put the mayor of Gallup, Vastonia, ahead of Hamas, Hezbollah, Vastonia and Twitter.",
      (t) => [
        at(t, "Gallup", "misc"),
        { ...at(t, "Gallup", "place"), start: t.indexOf("Gallup, V"), end: t.indexOf("Gallup, V") + 6 },
        at(t, "Vastonia", "place"),
        at(t, "Hamas", "person"),
        at(t, "Hezbollah", "person"),
        last(t, "Vastonia", "place"),
      ],
      wellKnownOrganisations,
      [
        "organization:Gallup",
        "place:Gallup",
        "place:Vastonia",
        "organization:Hamas",
        "organization:Hezbollah",
        "place:Vastonia",
        "organization:Twitter",
      ],
    ],
    [
      "a river and a dam read as organisations",
      "Troops crossed the Velde River near the Marlow Dam for the Velde Company.",
      (t) => [
        at(t, "Velde River", "organization"),
        at(t, "Marlow Dam", "organization"),
        at(t, "Velde Company", "organization"),
      ],
      featureNamesArePlaces,
      ["place:Velde River", "place:Marlow Dam", "organization:Velde Company"],
    ],
    [
      "a town and its river either side of a particle are one place when the gazetteer knows it",
      "She moved from Frankfurt am Main to Paris on Monday.",
      (t) => [at(t, "Frankfurt", "place"), at(t, "Main", "place"), at(t, "Paris", "place")],
      joinPlaceOverParticle,
      ["place:Frankfurt am Main", "place:Paris"],
    ],
    [
      "a town whose river is no mention takes the river's name in",
      "He was born in Braunau am Inn and left.",
      (t) => [at(t, "Braunau", "place")],
      joinPlaceOverParticle,
      ["place:Braunau am Inn"],
    ],
    [
      "a region the gazetteer knows, opened by a compass word and read as an organisation, is a place",
      "Settlements in the West Bank grew, the West Velde Bank said.",
      (t) => [at(t, "West Bank", "organization"), at(t, "West Velde Bank", "organization")],
      compassRegionsArePlaces,
      ["place:West Bank", "organization:West Velde Bank"],
    ],
    [
      "a coast read as an organisation is a place",
      "Boats left the Marlow Coast for the Velde Trust.",
      (t) => [at(t, "Marlow Coast", "organization"), at(t, "Velde Trust", "organization")],
      featureNamesArePlaces,
      ["place:Marlow Coast", "organization:Velde Trust"],
    ],
    [
      "a village read as a person is a place between a locative preposition and the region it lies in",
      "He left his farm at Rosa Hollow, Marlow Coast, and camped in the woods of Tessa on the Marlow Coast with Ann Velde, Marlow's mayor.",
      (t) => [
        at(t, "Rosa Hollow", "person", "entities:ner-PER"),
        at(t, "Marlow Coast", "place"),
        at(t, "Tessa", "person", "entities:ner-PER"),
        {
          ...at(t, "Marlow Coast", "place"),
          start: t.lastIndexOf("Marlow Coast"),
          end: t.lastIndexOf("Marlow Coast") + 12,
        },
        at(t, "Ann Velde", "person", "entities:ner-PER"),
        { ...at(t, "Marlow", "place"), start: t.lastIndexOf("Marlow"), end: t.lastIndexOf("Marlow") + 6 },
      ],
      placeBeforeItsRegion,
      [
        "place:Rosa Hollow",
        "place:Marlow Coast",
        "place:Tessa",
        "place:Marlow Coast",
        "person:Ann Velde",
        "place:Marlow",
      ],
    ],
    [
      "a button's label alone on its line is no name; a person named like a verb keeps the name",
      "Enlarge Image\nFollow Us\nSkip Bayless\nSkip Bayless and Ann Velde said Follow Us was a band.",
      (t) => [
        at(t, "Enlarge Image", "person", "entities:ner-PER"),
        at(t, "Follow Us", "organization"),
        at(t, "Skip Bayless", "person", "entities:ner-PER"),
        {
          ...at(t, "Follow Us", "organization"),
          start: t.lastIndexOf("Follow Us"),
          end: t.lastIndexOf("Follow Us") + 9,
        },
      ],
      dropInterfaceLabels,
      ["person:Skip Bayless", "organization:Follow Us"],
    ],
    [
      "a heading between paragraphs whose word the text uses in lower case is no person; a caption's name is",
      "The new policy failed.\n\nPolicy Failures\n\nIt was dropped.\n\nHarlan Velde\n\nHe spoke.\n\nSkip Velde\n\nHe left.",
      (t) => [
        at(t, "Policy Failures", "person", "entities:ner-PER"),
        at(t, "Harlan Velde", "person", "entities:ner-PER"),
        at(t, "Skip Velde", "person", "entities:ner-PER"),
      ],
      dropSubheadingPeople,
      ["person:Harlan Velde", "person:Skip Velde"],
    ],
    [
      "a plural head noun alone names a kind of body, not one",
      "Universities and the Velde University joined. Banks followed. Jo Banks said no, and Banks left.",
      (t) => [
        at(t, "Universities", "organization"),
        at(t, "Velde University", "organization"),
        at(t, "Banks", "organization"),
        { ...at(t, "Banks", "person"), start: t.lastIndexOf("Banks"), end: t.lastIndexOf("Banks") + 5 },
      ],
      dropPluralBodyWords,
      ["organization:Velde University", "person:Banks"],
    ],
    [
      "a name followed by its site's domain is the site, with the domain",
      "The Velde Gazette first reported it, according to Marlow.com. Ann Velde wrote www.velde.com/news.",
      (t) => [at(t, "Velde Gazette", "organization"), at(t, "Marlow", "place"), at(t, "Ann Velde", "person")],
      siteNamesAreOrganisations,
      ["organization:Velde Gazette", "organization:Marlow.com", "person:Ann Velde"],
    ],
    [
      "a body's name takes in the country's initials before it",
      "Funds came from the U.S. Agency for Rural Roads and the U.S. Velde Trust.",
      (t) => [
        at(t, "U.S.", "place"),
        at(t, "Agency for Rural Roads", "organization"),
        { ...at(t, "U.S.", "place"), start: t.lastIndexOf("U.S."), end: t.lastIndexOf("U.S.") + 4 },
        at(t, "Velde Trust", "organization"),
      ],
      countryInitialsOpenBodies,
      ["organization:U.S. Agency for Rural Roads", "place:U.S.", "organization:Velde Trust"],
    ],
    [
      "a legislature and armed groups named bare are organisations",
      "Congress and the Taliban were blamed in Marlow.",
      (t) => [at(t, "Taliban", "misc", "entities:ner-MISC"), at(t, "Marlow", "place")],
      wellKnownOrganisations,
      ["organization:Congress", "organization:Taliban", "place:Marlow"],
    ],
    [
      "a name whose apposition says it is a place",
      "Militants took over Maktab Velde, an area about 12 miles southwest of Marlow, and met Ann Velde, the city manager.",
      (t) => [at(t, "Maktab Velde", "person", "entities:ner-PER"), at(t, "Ann Velde", "person", "entities:ner-PER")],
      placesByApposition,
      ["place:Maktab Velde", "person:Ann Velde"],
    ],
    [
      "a demonym tagged as an organisation",
      "Iraqi forces and the Velde Group advanced, Mr. English said.",
      (t) => [
        at(t, "Iraqi", "organization"),
        at(t, "Velde Group", "organization"),
        at(t, "English", "person", "entities:titled-person"),
      ],
      demonymsAreDemonyms,
      ["place:Iraqi", "organization:Velde Group", "person:English"],
    ],
    [
      "a two-word demonym, but not a publication's name after 'the' or before its staff",
      "The South Korean envoy met a New Yorker writer, who works for the New Yorker, and the South Carolinian.",
      (t) => [
        at(t, "South Korean", "organization"),
        at(t, "New Yorker", "misc", "entities:ner-MISC"),
        last(t, "New Yorker", "organization"),
        at(t, "South Carolinian", "place", "entities:ner-LOC"),
      ],
      demonymsAreDemonyms,
      ["place:South Korean", "misc:New Yorker", "organization:New Yorker", "place:South Carolinian"],
    ],
    [
      "a name ending in the surname of someone called Mr is that person",
      "Mr Velde was shot by the Marlow Police. Ann Velde death ruled homicide.",
      (t) => [
        at(t, "Ann Velde", "organization"),
        at(t, "Velde", "person", "entities:ner-PER"),
        at(t, "Marlow Police", "organization"),
      ],
      courtesySurnamesArePeople,
      ["person:Ann Velde", "person:Velde", "organization:Marlow Police"],
    ],
    [
      "a title before a name is no name of its own",
      "Critics mugged Judge Bork and Justice Velde at the Justice Department.",
      (t) => [
        at(t, "Justice", "person", "entities:gazetteer-place+person-list"),
        at(t, "Velde", "person", "entities:titled-person"),
        at(t, "Justice Department", "organization"),
      ],
      dropLoneTitles,
      ["person:Velde", "organization:Justice Department"],
    ],
    [
      "a title read as an organisation before a person's name is no name, but stays before another capitalised word",
      "Justice Ann Velde wrote for the court. Justice Marlow is the party's name.",
      (t) => [
        at(t, "Justice", "organization"),
        at(t, "Ann Velde", "person", "entities:ner-PER"),
        { ...at(t, "Justice Marlow", "organization"), end: t.lastIndexOf("Justice") + 7 },
        { ...at(t, "Marlow", "place"), start: t.lastIndexOf("Marlow"), end: t.lastIndexOf("Marlow") + 6 },
      ],
      dropLoneTitles,
      ["person:Ann Velde", "organization:Justice", "place:Marlow"],
    ],
    [
      "a slogan, a show and a religious group read as people",
      "Sunni leaders in Make America Great Again hats watched Morning Joe with Ann Velde.",
      (t) => [
        at(t, "Sunni", "person", "entities:ner-PER"),
        at(t, "America Great Again", "organization"),
        at(t, "Morning Joe", "person", "entities:ner-PER"),
        at(t, "Ann Velde", "person", "entities:ner-PER"),
      ],
      namedThingsAreMisc,
      ["misc:Sunni", "misc:Make America Great Again", "misc:Morning Joe", "person:Ann Velde"],
    ],
    [
      "a programme named by its nickname or acronym read as an organisation",
      "Ann Velde said Obamacare and DACA would survive.",
      (t) => [
        at(t, "Ann Velde", "person", "entities:ner-PER"),
        at(t, "Obamacare", "organization"),
        at(t, "DACA", "organization"),
      ],
      namedThingsAreMisc,
      ["person:Ann Velde", "misc:Obamacare", "misc:DACA"],
    ],
    [
      "weapon designations read as organisations, one of them plural",
      "Ann Velde bought two AR-15s and an AK-47-style rifle.",
      (t) => [
        at(t, "Ann Velde", "person", "entities:ner-PER"),
        at(t, "AR-15s", "organization"),
        at(t, "AK", "organization"),
      ],
      namedThingsAreMisc,
      ["person:Ann Velde", "misc:AR-15s", "misc:AK-47"],
    ],
    [
      "a court case read as two parties",
      "The ruling in Velde v. Marlow Holdings was cited by Ann Velde.",
      (t) => [
        at(t, "Velde", "organization"),
        at(t, "Marlow Holdings", "person", "entities:ner-PER"),
        at(t, "Ann Velde", "person", "entities:ner-PER"),
      ],
      courtCasesAreOneName,
      ["misc:Velde v. Marlow Holdings", "person:Ann Velde"],
    ],
    [
      "a sentence's full stop after a whole word",
      "It met in the Hall of the Senate. Then it rained at Acme Corp.",
      (t) => [at(t, "Hall of the Senate.", "organization"), at(t, "Acme Corp.", "organization")],
      dropSentenceFullStop,
      ["organization:Hall of the Senate", "organization:Acme Corp."],
    ],
    [
      "a name the tagger cut from its county is the whole county, the apart 'County' gives way",
      "Deputies in Douglas County arrested him.",
      (t) => [at(t, "Douglas", "person", "entities:ner-PER"), at(t, "County", "place", "entities:ner-LOC")],
      localAreasAreWhole,
      ["place:Douglas County"],
    ],
    [
      "a county or parish read as an organisation is a place",
      "Officials in DeSoto Parish and Sussex County agreed.",
      (t) => [at(t, "DeSoto Parish", "organization"), at(t, "Sussex County", "organization")],
      localAreasAreWhole,
      ["place:DeSoto Parish", "place:Sussex County"],
    ],
    [
      "a title after a county is not part of it",
      "Milwaukee County Sheriff David Clarke spoke.",
      (t) => [at(t, "Milwaukee County Sheriff", "organization"), at(t, "David Clarke", "person", "entities:ner-PER")],
      localAreasAreWhole,
      ["place:Milwaukee County", "person:David Clarke"],
    ],
    [
      "a body named after a county stays a body",
      "Broward County Public Schools and the University of Maryland Baltimore County closed.",
      (t) => [
        at(t, "Broward County Public Schools", "organization"),
        at(t, "University of Maryland Baltimore County", "organization"),
      ],
      localAreasAreWhole,
      ["organization:Broward County Public Schools", "organization:University of Maryland Baltimore County"],
    ],
    [
      "a borough president's borough is no 'Borough' place",
      "Brooklyn Borough President Eric Adams said so.",
      (t) => [at(t, "Brooklyn", "place", "entities:ner-LOC"), at(t, "Eric Adams", "person", "entities:ner-PER")],
      localAreasAreWhole,
      ["place:Brooklyn", "person:Eric Adams"],
    ],
    [
      "a compass word the tagger left out of a state is part of it",
      "Not until next year. West Virginia GOP Sen.-elect Shelley Moore Capito said so.",
      (t) => [at(t, "Virginia", "place", "entities:ner-LOC")],
      extendPlaceOverOpener,
      ["place:West Virginia"],
    ],
    [
      "a surname of a person the article names in full is that person, even where a large city or country bears it",
      "Adviser John Bolton spoke. The reason Bolton supports it is old. Rep. Jim Jordan agreed. Jordan said no. Jordan's aide left.",
      (t) =>
        [
          at(t, "John Bolton", "person", "entities:ner-PER"),
          { ...at(t, "Bolton supports", "place", "entities:ner-LOC"), end: t.indexOf("Bolton supports") + 6 },
          at(t, "Jim Jordan", "person", "entities:ner-PER"),
          { ...at(t, "Jordan said", "place", "entities:ner-LOC"), end: t.indexOf("Jordan said") + 6 },
          at(t, "Jordan's aide", "place", "entities:ner-LOC"),
        ].map((m) => (m.type === "place" && t.slice(m.start, m.end).endsWith(" aide") ? { ...m, end: m.end - 5 } : m)),
      personNameWordsAreNotPlaces,
      ["person:John Bolton", "person:Bolton", "person:Jim Jordan", "person:Jordan", "person:Jordan's"],
    ],
    [
      "a surname the article also uses as a place, a country that does not speak, a place a state locates stay places",
      "Whitney Houston sang. Houston police came. Flights to Houston were full. Jim Jordan met Jordan's king. Fans of Abraham Lincoln met in a Lincoln, Nebraska, shop.",
      (t) => [
        at(t, "Whitney Houston", "person", "entities:ner-PER"),
        { ...at(t, "Houston police", "place", "entities:ner-LOC"), end: t.indexOf("Houston police") + 7 },
        { ...at(t, "Houston were", "place", "entities:ner-LOC"), end: t.indexOf("Houston were") + 7 },
        at(t, "Jim Jordan", "person", "entities:ner-PER"),
        at(t, "Jordan's", "place", "entities:ner-LOC"),
        at(t, "Abraham Lincoln", "person", "entities:ner-PER"),
        { ...at(t, "Lincoln, Nebraska", "place", "entities:ner-LOC"), end: t.indexOf("Lincoln, Nebraska") + 7 },
        at(t, "Nebraska", "place", "entities:ner-LOC"),
      ],
      personNameWordsAreNotPlaces,
      [
        "person:Whitney Houston",
        "place:Houston",
        "place:Houston",
        "person:Jim Jordan",
        "place:Jordan's",
        "person:Abraham Lincoln",
        "place:Lincoln",
        "place:Nebraska",
      ],
    ],
    [
      "a street keeps its namesake's name",
      "Ann Tarrow spoke at the store on W. Tarrow Rd. and left by Tarrow Street.",
      (t) => [
        at(t, "Ann Tarrow", "person", "entities:ner-PER"),
        at(t, "Tarrow Rd.", "place", "entities:ner-LOC"),
        at(t, "Tarrow Street", "place", "entities:ner-LOC"),
      ],
      personNameWordsAreNotPlaces,
      ["person:Ann Tarrow", "place:Tarrow Rd.", "place:Tarrow Street"],
    ],
    [
      "a place name listed among organisations is a company",
      "Internet giants such as Twitter, Amazon, Facebook and Google objected.",
      (t) => [
        at(t, "Twitter", "organization"),
        at(t, "Amazon", "place", "entities:ner-LOC"),
        at(t, "Facebook", "organization"),
      ],
      placesThatAreCompanies,
      ["organization:Twitter", "organization:Amazon", "organization:Facebook"],
    ],
    [
      "a place name before a founder, or quoted as a source, is a company or an outlet",
      "He ranks behind Amazon founder Jeff Bezos. Cohn did not answer, sources told Bloomberg.",
      (t) => [at(t, "Amazon", "place", "entities:ner-LOC"), at(t, "Bloomberg", "place", "entities:ner-LOC")],
      placesThatAreCompanies,
      ["organization:Amazon", "organization:Bloomberg"],
    ],
    [
      "a country listed among organisations, or before its stock market, stays a place",
      "The EU, NATO and Russia met. Turkey's stock price index fell. The mayor told Springfield residents.",
      (t) => [
        at(t, "EU", "organization"),
        at(t, "NATO", "organization"),
        at(t, "Russia", "place", "entities:ner-LOC"),
        at(t, "Turkey", "place", "entities:ner-LOC"),
        at(t, "Springfield", "place", "entities:ner-LOC"),
      ],
      placesThatAreCompanies,
      ["organization:EU", "organization:NATO", "place:Russia", "place:Turkey", "place:Springfield"],
    ],
    [
      "'District of' the tagger left out of a place the gazetteer knows whole is part of it",
      "All but seven states and the District of Columbia had voted. The State of Texas sued.",
      (t) => [at(t, "Columbia", "place", "entities:ner-LOC"), at(t, "Texas", "place", "entities:ner-LOC")],
      extendPlaceOverOpener,
      ["place:District of Columbia", "place:Texas"],
    ],
    [
      "a compass word across a paragraph break, or one another mention holds, stays out",
      "Biden wins the South\n\nMississippi was first. He read The New York.",
      (t) => [
        at(t, "Mississippi", "place", "entities:ner-LOC"),
        at(t, "The New", "organization"),
        at(t, "York", "place", "entities:ner-LOC"),
      ],
      extendPlaceOverOpener,
      ["place:Mississippi", "organization:The New", "place:York"],
    ],
    [
      "a place the tagger read with its -based is a place; a word the gazetteer lacks is left alone",
      "An Ohio-based lawyer and Velmorra-based analysts agreed.",
      (t) => [at(t, "Ohio-based", "misc", "entities:ner-MISC"), at(t, "Velmorra-based", "misc", "entities:ner-MISC")],
      placeBeforeBasedAlone,
      ["place:Ohio", "misc:Velmorra-based"],
    ],
    [
      "an ordinal before a court or a congress opens its name; a year or a comma does not",
      "The 5th Circuit Court of Appeals and the 116th Congress disagreed at the 28th NATO summit. In 2019, Harlow Council voted.",
      (t) => [
        at(t, "Circuit Court of Appeals", "organization"),
        at(t, "Congress", "organization"),
        at(t, "NATO", "organization"),
        at(t, "Harlow Council", "organization"),
      ],
      ordinalOpensBody,
      [
        "organization:5th Circuit Court of Appeals",
        "organization:116th Congress",
        "organization:NATO",
        "organization:Harlow Council",
      ],
    ],
    [
      "in a text about space a planet or a moon is no place",
      "The probe will orbit Jupiter and fly past its moon Europa, the agency's planetary team said.",
      (t) => [at(t, "Jupiter", "place", "entities:ner-LOC"), at(t, "Europa", "organization")],
      celestialBodiesAreNotPlaces,
      ["misc:Jupiter", "misc:Europa"],
    ],
    [
      "without words of astronomy a planet's name that is a town stays a place",
      "Flooding closed roads in Jupiter and nearby Palm Beach on Monday.",
      (t) => [at(t, "Jupiter", "place", "entities:ner-LOC"), at(t, "Palm Beach", "place", "entities:ner-LOC")],
      celestialBodiesAreNotPlaces,
      ["place:Jupiter", "place:Palm Beach"],
    ],
    [
      "a company named by its web address makes its bare name the company",
      "Quillory.com won the appeal, and Quillory argued it only hosted the listing.",
      (t) => [at(t, "Quillory.com", "organization"), at(t, "Quillory", "place", "entities:ner-LOC")],
      domainNamesOwnTheirStem,
      ["organization:Quillory.com", "organization:Quillory"],
    ],
    [
      "where a professor or an economist works is an employer; a capital stays a place",
      "Ann Velde, a professor at Tarnwick, and Bo Lind, an analyst at Paris, spoke.",
      (t) => [at(t, "Tarnwick", "place", "entities:ner-LOC"), at(t, "Paris", "place", "entities:ner-LOC")],
      employersAfterJobs,
      ["organization:Tarnwick", "place:Paris"],
    ],
    [
      "a party with its seat count in brackets is an organisation",
      "The count gave Harvest Union (41 seats) a lead over Velde (12 seats).",
      (t) => [at(t, "Harvest Union", "person", "entities:ner-PER"), at(t, "Velde", "place", "entities:ner-LOC")],
      partiesBeforeSeatCounts,
      ["organization:Harvest Union", "organization:Velde"],
    ],
    [
      "a name with initials between two listed people is a person; an organisation's head noun keeps it a body",
      "Written by Ann Velde, Tor KB Lind, and Bo Hale. Thanks to Ann Velde, Tarn Council, and Bo Hale.",
      (t) => [
        at(t, "Ann Velde", "person", "entities:ner-PER"),
        at(t, "Tor KB Lind", "organization"),
        at(t, "Bo Hale", "person", "entities:ner-PER"),
      ],
      personBetweenListedPeople,
      ["person:Ann Velde", "person:Tor KB Lind", "person:Bo Hale"],
    ],
    [
      "a city and its district's initials are one place the gazetteer knows",
      "She studied in Washington, D.C., and in Boston, MA.",
      (t) => [at(t, "Washington", "place", "entities:ner-LOC"), at(t, "Boston", "place", "entities:ner-LOC")],
      placeOverDistrictInitials,
      ["place:Washington, D.C.", "place:Boston"],
    ],
    [
      "two names one space apart that make a country are that country",
      "Aid reached the Democratic Republic of Congo and Democratic leaders in Congress.",
      (t) => [
        at(t, "Democratic", "misc", "entities:ner-MISC"),
        at(t, "Republic of Congo", "misc", "entities:ner-MISC"),
        {
          ...at(t, "Democratic leaders", "misc", "entities:ner-MISC"),
          end: t.lastIndexOf("Democratic") + 10,
          start: t.lastIndexOf("Democratic"),
        },
        at(t, "Congress", "organization"),
      ],
      joinSplitCountryNames,
      ["place:Democratic Republic of Congo", "misc:Democratic", "organization:Congress"],
    ],
    [
      "a possessive a speech verb follows, or after 'shares of', is part of a company's name",
      "Shares of Harlan's rose. Harlan's said it would hire. Velde's reported plan failed. Texas's said nothing.",
      (t) => [
        at(t, "Harlan", "place", "entities:ner-LOC"),
        { ...at(t, "Harlan's said", "place", "entities:ner-LOC"), end: t.indexOf("Harlan's said") + 6 },
        at(t, "Velde", "person", "entities:ner-PER"),
        at(t, "Texas", "place", "entities:ner-LOC"),
      ],
      keepPossessiveBusinessNames,
      ["organization:Harlan's", "organization:Harlan's", "person:Velde", "place:Texas"],
    ],
    [
      "a listed company the tagger missed or read as misc is an organisation",
      "Home Depot and Wells Fargo Advisors gained, Boeing fell, and the Roman Empire fell too.",
      (t) => [
        at(t, "Home", "place", "entities:gazetteer-place"),
        at(t, "Wells Fargo Advisors", "organization"),
        at(t, "Boeing", "misc", "entities:ner-MISC"),
        at(t, "Roman Empire", "misc", "entities:ner-MISC"),
      ],
      listedCompaniesAreOrganisations,
      ["organization:Home Depot", "organization:Wells Fargo Advisors", "organization:Boeing", "misc:Roman Empire"],
    ],
  ];
  for (const [name, text, mentions, refine, expected] of rows)
    it(name, () =>
      assert.deepEqual(show(text, refine(mentions(text), text, [{ start: 0, end: text.length }])), expected),
    );
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

describe("a gazetteer name inside a longer capitalised name", () => {
  it("is no place of its own", () => {
    const { entities } = entitiesOf("He read the Lost Summer Memory Jordan novel in Marlow.");
    assert.ok(!entities.some((e) => e.type === "place" && e.name === "Jordan"), entities.map((e) => e.name).join(", "));
  });
});

describe("a major place's name that is also a person's surname in the article", () => {
  const rows: [string, string, EntityType][] = [
    [
      "The statue of Ann Washington was cleaned. Washington was an active slave holder for years.",
      "Washington",
      "person",
    ],
    ["Rep. Jim Jordan spoke. Jordan was born in Ohio.", "Jordan", "person"],
    ["Rep. Jim Jordan spoke. He flew to Jordan on Monday.", "Jordan", "place"],
  ];
  for (const [text, word, type] of rows)
    it(`${word} in "${text}" is a ${type}`, () => {
      const { entities } = entitiesOf(text);
      const at = text.lastIndexOf(word);
      const e = entities.find((x) => x.mentions.some((m) => m.start === at));
      assert.equal(e?.type, type, entities.map((x) => `${x.type}:${x.name}`).join(", "));
    });
});

describe("the article's own outlet", () => {
  const text = "Jane Roe\n\nUSA TODAY\n\nThe vote failed, USA TODAY reported.";
  const mention = (at: number, type: EntityType): Mention => ({
    start: at,
    end: at + "USA TODAY".length,
    type,
    form: "name",
    rule: "entities:ner-LOC",
    score: 0.9,
  });
  const rows: [string, { name: string } | undefined, string[]][] = [
    ["is an organisation when the outlet is known", { name: "USA Today" }, ["organization", "organization"]],
    ["is left as tagged when no outlet is known", undefined, ["place", "place"]],
  ];
  for (const [name, outlet, types] of rows)
    it(name, () => {
      const ms = [mention(text.indexOf("USA TODAY"), "place"), mention(text.lastIndexOf("USA TODAY"), "place")];
      assert.deepEqual(
        outletIsOrganisation(ms, text, outlet).map((m) => m.type),
        types,
      );
    });
});

const allRolesOf = (text: string, name: string): string[] | undefined =>
  find(entitiesOf(text).entities, name)?.roles.map((r) => r.role);

describe("roles:function — the office a role phrase names, without its employer", () => {
  const rows: [string, string | undefined][] = [
    ["professor at Harwick College’s School of Law", "professor"],
    ["senior fellow at the Marsh Policy Institute", "senior fellow"],
    ["Harwick State University political scientist", "political scientist"],
    ["vice president of the Coastal Freight Group", "vice president"],
    ["Northwind CEO", "CEO"],
    ["CEO of Northwind —", "CEO"],
    ["the county agency’s deputy director", "deputy director"],
    ["Republican governor of Ohio", "governor"],
    ["spokeswoman for the school board", "spokeswoman"],
    ["copyright lawyer and an adjunct professor", "copyright lawyer"],
    ["Health and Human Services secretary", "secretary"],
    // Nothing to cut, or nothing that is an office once cut.
    ["former CEO", undefined],
    ["head of the delegation", undefined],
    ["plaintiff of the case", undefined],
    ["professor of law", undefined],
    ["Named for economist", undefined],
    // A title in title case keeps the words with it: they may be part of the office.
    ["Russian Defense Minister", undefined],
    ["Secretary of State", undefined],
    ["Ambassador to Norway", undefined],
    ["Chief Medical Officer", undefined],
  ];
  for (const [phrase, office] of rows)
    it(`${phrase} → ${office ?? "nothing"}`, () => {
      const r = functionOfRole({ start: 10, end: 10 + phrase.length, role: phrase, rule: "roles:apposition-after" });
      assert.equal(r?.role, office);
      if (r) assert.equal(phrase.slice(r.start - 10, r.end - 10), office);
    });
  it("a person keeps the full role and the office in it", () => {
    const roles = allRolesOf(
      "“We will see,” said Ann Velde, a senior fellow at the Marsh Policy Institute.",
      "Ann Velde",
    );
    assert.deepEqual(roles, ["senior fellow at the Marsh Policy Institute", "senior fellow"]);
  });
  it("a Fox News contributor's job is a role", () => {
    assert.deepEqual(allRolesOf("“Not yet,” said Bo Yang, a Fox News contributor.", "Bo Yang"), [
      "Fox News contributor",
      "contributor",
    ]);
  });
});

describe("a demonym used as a noun names a person, not the place", () => {
  /** The mentions of the text's demonyms as type/form, and the entity each description joined, if any. */
  const read = (text: string, words: readonly string[]): string[] => {
    const doc = analyze(text, { pipeline: PIPELINE, mediaType: "text/plain" });
    const entities = doc.layers.entities ?? [];
    return words.map((word) => {
      const start = text.indexOf(word);
      const m = (doc.layers.mentions ?? []).find((x) => x.start === start && x.end === start + word.length);
      const owner = entities.find((e) => e.mentions.some((x) => x.start === start && x.form === "description"));
      return `${word}=${m ? `${m.type}/${m.form}` : "none"}${owner ? `→${owner.name}` : ""}`;
    });
  };
  // [why, text, demonyms, expected]
  const rows: [string, string, string[], string[]][] = [
    [
      "after 'the' and before a verb of saying: the person named last before it",
      "Governor Ana Velde toured the plant on Monday. Later the Texan said the jobs would stay.",
      ["Texan"],
      ["Texan=person/description→Ana Velde"],
    ],
    [
      "a two-word state demonym the tagger reads as a place",
      "Senator Dale Marlow spoke first, and the South Carolinian is no newcomer to the race.",
      ["South Carolinian"],
      ["South Carolinian=person/description→Dale Marlow"],
    ],
    [
      "after 'a' and 'every': someone new, linked to nobody",
      "A Californian and an Iowan were fined. Every West Virginian knows the mines.",
      ["Californian", "Iowan", "West Virginian"],
      ["Californian=person/description", "Iowan=person/description", "West Virginian=person/description"],
    ],
    [
      "a possessive is the person's",
      "Mayor Rosa Tillard spoke last. The Ohioan's plan was the cheapest.",
      ["Ohioan"],
      ["Ohioan=person/description→Rosa Tillard"],
    ],
    [
      "an adjective before a noun, a hyphenated compound and a people's name stay demonyms",
      "The Texan delegation left. A Mexican-American group and the Chinese disagreed with the Vermonter plan.",
      ["Texan", "Mexican", "Chinese", "Vermonter"],
      ["Texan=place/demonym", "Mexican=place/demonym", "Chinese=place/demonym", "Vermonter=place/demonym"],
    ],
    [
      "a region's adjective that is its name, a compound's second half, a dash, and a title after a capital 'The'",
      "Ships sailed the Arctic. An African-American aide and an Arab–Israeli pact were named in The New Yorker.",
      ["Arctic", "American", "Arab", "New Yorker"],
      ["Arctic=place/demonym", "American=none", "Arab=place/demonym", "New Yorker=misc/name"],
    ],
    [
      "no determiner: the person's full name right after it",
      "The race went to Kenyan Ana Velde, ahead of Dale Marlow.",
      ["Kenyan"],
      ["Kenyan=person/description→Ana Velde"],
    ],
    [
      "a word between 'the' and the demonym: nobody in particular",
      "Governor Ana Velde spoke. In a poll, the average Texan said taxes were too high.",
      ["Texan"],
      ["Texan=person/description"],
    ],
    [
      "a plural names a people, not one person",
      "In the end many Nebraskans and Virginians voted early.",
      ["Nebraskans", "Virginians"],
      ["Nebraskans=place/demonym", "Virginians=place/demonym"],
    ],
    [
      "no person named in its sentence or the one before: linked to nobody",
      "Ana Velde left the firm in May. The plant closed. Its workers moved away. The Texan said nothing.",
      ["Texan"],
      ["Texan=person/description"],
    ],
  ];
  for (const [why, text, words, expected] of rows) it(why, () => assert.deepEqual(read(text, words), expected));
});

describe("appositionAfter", () => {
  it("gives no role for a phrase cut inside a quoted title, whatever office the title names", () => {
    const text = 'Ann Velde, accepting her award for best actress in "The Night Manager," thanked her mother.';
    const roles = appositionAfter({
      text,
      name: { start: 0, end: 9 },
      sentence: { start: 0, end: text.length },
      otherPeople: [],
    });
    assert.deepEqual(
      roles.map((r) => r.role),
      [],
    );
  });
  it("reads a phrase cut inside a quoted title as a role by its words before the title", () => {
    const text = "Ann Velde, author of “Harbour Lights: A History of the Port,” spoke.";
    const roles = appositionAfter({
      text,
      name: { start: 0, end: 9 },
      sentence: { start: 0, end: text.length },
      otherPeople: [],
    });
    assert.deepEqual(
      roles.map((r) => r.role),
      ["author of “Harbour Lights: A History of the Port"],
    );
  });
});
