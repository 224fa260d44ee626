import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readScrapedText } from "./index.js";

/** A paragraph of an invented ferry story, numbered, for the whole-page cases. */
const para = (n: number) =>
  `Paragraph ${n} of the story says the ferry to the island ran late again this week, and riders were not pleased.`;

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe("readScrapedText", () => {
  it("reads header, body and trailing furniture of a scraped page", () => {
    const text = [
      "EXCLUSIVE: Port strike halts exports",
      "",
      "March 3, 2021 – TDH –",
      "",
      "- Advertisement -",
      "",
      "by Ola Berg",
      "",
      "Dock workers in Gdansk walked out on Monday.",
      "",
      "The union said 2,000 members joined the strike.",
      "",
      "Ola Berg is a correspondent for The Daily Harbour. Support her work on Patreon.",
      "",
      "Subscribe to our newsletter",
    ].join("\n");
    const r = readScrapedText(text);
    assert.equal(r.metadata.kicker?.value, "EXCLUSIVE");
    assert.equal(r.metadata.headline?.value, "Port strike halts exports");
    assert.equal(r.metadata.published?.value, "2021-03-03");
    assert.deepEqual(r.metadata.outlet?.value, { name: "The Daily Harbour", abbreviation: "TDH" });
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Ola Berg"],
    );
    assert.equal(
      slice(text, r.body),
      "Dock workers in Gdansk walked out on Monday.\n\nThe union said 2,000 members joined the strike.",
    );
    const kinds = r.boilerplate.map((b) => b.kind);
    assert.deepEqual([...new Set(kinds)].sort(), ["advertisement", "author-bio", "donation", "newsletter"]);
    const bio = r.metadata.authors?.value[0]?.bio;
    assert.ok(bio && slice(text, bio).startsWith("Ola Berg is a correspondent"));
  });

  it("analyses plain text with no header whole as body", () => {
    const text = "The council met on Monday. It approved the budget.\n\nMembers voted 7 to 2.";
    const r = readScrapedText(text);
    assert.equal(r.metadata.headline, undefined);
    assert.deepEqual(r.body, { start: 0, end: text.length });
    assert.deepEqual(r.boilerplate, []);
  });

  it("reads a first line of two short sentences as the headline when a longer paragraph follows", () => {
    const cases: [string, string | undefined][] = [
      [
        "Ferry fares are rising. The service is not improving.\n\nFares on the island route went up for the third time in two years on Monday, the operator said.",
        "Ferry fares are rising. The service is not improving.",
      ],
      [
        "Mr. Holm won the vote after a long and quiet count.\n\nHe takes office in a week, the council said after a long count.",
        undefined,
      ],
      ["The council met on Monday. It approved the budget.\n\nMembers voted 7 to 2.", undefined],
    ];
    for (const [text, headline] of cases) assert.equal(readScrapedText(text).metadata.headline?.value, headline, text);
  });

  it("sets aside the headlines of other stories under a READ MORE heading, up to the next paragraph", () => {
    const text = [
      "Port strike ends",
      "",
      "Dock workers in Gdansk went back to work on Monday after a long strike over pay.",
      "",
      "READ MORE:",
      "",
      "Dock Union Faces the Ire of Shipping Bosses",
      "",
      "Is the Strike a Threat to the Port or Not",
      "",
      "The union said it would meet again on Friday to decide on the offer.",
    ].join("\n");
    const r = readScrapedText(text);
    assert.deepEqual(
      r.boilerplate.map((b) => [b.kind, slice(text, b)]),
      [
        ["related", "READ MORE:"],
        ["related", "Dock Union Faces the Ire of Shipping Bosses"],
        ["related", "Is the Strike a Threat to the Port or Not"],
      ],
    );
  });

  it("ends the body over a list of other stories under a 'Related' heading, cut-short teasers and all, and not over one set between paragraphs", () => {
    const article = [
      "Ferry fares rise again",
      "",
      "By Ola Berg",
      "",
      "The harbour board raised ferry fares by 4% on Monday, the third rise this year.",
      "",
      "Related articles",
      "> Harbour strike ends after two weeks",
      "> New pier opens in Saltby",
      "",
      "Commuters said the rise would cost them more than 200 euros a year.",
      "",
      "The board said fuel costs had doubled since the spring and wages had risen too.",
      "",
      "The next review of fares is due in the autumn, a spokeswoman said.",
    ];
    const tail = [
      "",
      "Similar Articles",
      "> Ferry crews vote on new contract",
      "> Rail link to the harbour delayed again",
      "> Council approves new pier budget after long debate...",
      "The council voted on Tuesday to approve the budget for the new pier, which will...",
      "The harbour board said on Monday that the strike had cost it more than it...",
      "Ferry crews will vote next week on a contract that would raise their pay by...",
      "Leave a Reply",
    ];
    const text = [...article, ...tail].join("\n");
    const r = readScrapedText(text);
    assert.ok(slice(text, r.body).endsWith("The next review of fares is due in the autumn, a spokeswoman said."));
    assert.ok(slice(text, r.body).includes("Commuters said the rise"));
    // Paragraphs of the article under the heading: the list stood inside it, and the body runs on to their end.
    const inside = [
      ...article,
      ...tail.slice(0, 4),
      "",
      "The board meets again on Friday to settle the new timetable for the winter.",
      "",
      "Ferry crews have asked for a say in the timetable, their union said on Monday.",
      "",
      "The harbour master said the winter crossings would run every forty minutes.",
    ].join("\n");
    assert.ok(slice(inside, readScrapedText(inside).body).endsWith("would run every forty minutes."));
  });

  it("keeps furniture in the middle of the body as boilerplate spans", () => {
    const text = [
      "Floods hit the valley",
      "",
      "Rivers burst their banks overnight across the valley.",
      "",
      "A street under water on Monday. (Photo: Jo Bloggs/Getty Images)",
      "",
      "Residents were evacuated by boat, officials said.",
    ].join("\n");
    const r = readScrapedText(text);
    assert.ok(slice(text, r.body).startsWith("Rivers burst"));
    assert.ok(slice(text, r.body).endsWith("officials said."));
    const caption = r.boilerplate.find((b) => b.kind === "caption");
    assert.ok(caption && slice(text, caption).includes("Getty Images"));
  });

  it("marks live-blog timestamps and interview questions as blocks", () => {
    const text =
      "Live: Storm update\n\n09:12 GMT\n\nWinds reached 80mph on the coast.\n\nQ: Are you worried?\n\nA: Not yet, no.";
    const r = readScrapedText(text);
    const kinds = r.blocks.map((b) => `${b.kind}:${slice(text, b)}`);
    assert.ok(kinds.includes("timestamp:09:12 GMT"), kinds.join(" | "));
    assert.ok(kinds.includes("question:Q: Are you worried?"));
    assert.ok(kinds.includes("answer:A: Not yet, no."));
  });

  it("takes the author's post under the byline as part of the byline, not the end of the header", () => {
    const text =
      "Council approves stadium deal\n\nBy Marcus Lee\nStaff Writer\n\nJune 3, 2023\n\nThe council voted 6-3 on Thursday.";
    const r = readScrapedText(text);
    assert.equal(r.metadata.published?.value, "2023-06-03");
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Marcus Lee"],
    );
    assert.ok(slice(text, r.body).startsWith("The council voted"));
  });

  it("reads a byline without 'By': the name alone on a line and the outlet or post under it", () => {
    const rows: [string, string, string | undefined][] = [
      ["Marcus Lee\n\nRIVERSIDE GAZETTE", "Marcus Lee", "RIVERSIDE GAZETTE"],
      ["Ana María Ruiz\n\nSpecial to the Valley Herald", "Ana María Ruiz", "the Valley Herald"],
      ["Marcus Lee\n\nOpinion columnist", "Marcus Lee", undefined],
    ];
    for (const [header, author, outlet] of rows) {
      const text = `Council approves stadium deal\n\n${header}\n\nThe council voted 6-3 on Thursday.`;
      const r = readScrapedText(text);
      assert.deepEqual(
        r.metadata.authors?.value.map((a) => a.name),
        [author],
      );
      assert.equal(r.metadata.outlet?.value.name, outlet);
      assert.ok(slice(text, r.body).startsWith("The council voted"), header);
    }
  });

  it("reads a two-word first paragraph as body, not as a byline", () => {
    const text = "Council approves stadium deal\n\nThomas Wright\n\nwas elected on a promise to build it. He kept it.";
    const r = readScrapedText(text);
    assert.equal(r.metadata.authors, undefined);
    assert.ok(slice(text, r.body).startsWith("Thomas Wright"));
  });

  it("finds a one-word outlet that 'The' marks as a title in the author's bio", () => {
    const text =
      "Fed holds rates\n\nBy Priya Raman\n\nThe Fed held rates on Wednesday.\n\nPriya Raman covers the economy for The Ledger.";
    assert.equal(readScrapedText(text).metadata.outlet?.value.name, "The Ledger");
  });

  it("does not take a long mid-article line that starts like a closing section for the page's furniture", () => {
    const text =
      "Talks resume\n\nDelegates met in Geneva on Monday.\n\nMore from Brazil's delegation arrived on Tuesday, bringing the total to forty negotiators.\n\nThe talks end on Friday.";
    assert.ok(slice(text, readScrapedText(text).body).endsWith("The talks end on Friday."));
  });

  it("returns an empty body for white space", () => {
    assert.deepEqual(readScrapedText("  \n\n ").body, { start: 0, end: 0 });
  });
});

describe("a story link set in capitals inside the body", () => {
  it("is related-content furniture, while a headline in capitals is not", () => {
    const text = [
      "CITY COUNCIL VOTES TO CLOSE THE OLD BRIDGE",
      "",
      "The council voted on Monday to close the bridge for repairs.",
      "",
      "MAYOR ANNOUNCES NEW PARKING RULES FOR THE DOWNTOWN DISTRICT",
      "",
      "Work is expected to take two years, officials said.",
    ].join("\n");
    const r = readScrapedText(text);
    assert.equal(r.metadata.headline?.value, "CITY COUNCIL VOTES TO CLOSE THE OLD BRIDGE");
    assert.deepEqual(
      r.boilerplate.map((b) => [b.kind, slice(text, b)]),
      [["related", "MAYOR ANNOUNCES NEW PARKING RULES FOR THE DOWNTOWN DISTRICT"]],
    );
  });
});

/** Two paragraphs of an invented article, long enough to read as prose. */
const PARA_1 =
  "Ferry crews on the island route walked out on Monday, stranding hundreds of travellers at the port for the day.";
const PARA_2 =
  "The union said four hundred members joined the strike over pay and the long shifts of the summer season.";
const PARA_3 = "The operator said it would meet the union on Thursday and hoped to run a reduced timetable by then.";
const PARA_4 = "Travellers were offered refunds or seats on the next sailing once the crews return to work.";

describe("an article inside a whole scraped page", () => {
  const cases: {
    name: string;
    lines: string[];
    body: [string, string];
    headline?: string;
    author?: string;
    published?: string;
  }[] = [
    {
      name: "menus, the site's name and other stories around the header, byline and date",
      lines: [
        ...["Home", "World", "Politics", "Business", "Sport", "Culture"],
        "Harbour Daily",
        "Port fees rise for the third year in a row, the authority says",
        "Ferry strike halts island crossings",
        "By Ola Berg",
        "March 3, 2021",
        PARA_1,
        PARA_2,
        "Our latest stories",
        "Port fees rise again",
        "Council votes on new bridge",
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      author: "Ola Berg",
      published: "2021-03-03",
    },
    {
      name: "a page's 'Contact' label before any prose does not close the article",
      lines: ["Ferry strike halts island crossings", "Share", "Video", "Contact", PARA_1, PARA_2],
      body: ["Video", PARA_2],
      headline: "Ferry strike halts island crossings",
    },
    {
      name: "a section label over the headline",
      lines: ["News", "Ferry strike halts island crossings", PARA_1, PARA_2],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
    },
    {
      name: "a byline split over two lines behind the page's labels",
      lines: [
        "Ferry strike halts island crossings",
        "harbourlive",
        "Sign Out",
        "By",
        "Ola Berg",
        "Updated 21:22, 6 OCT 2020",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      author: "Ola Berg",
      published: "2020-10-06",
    },
    {
      name: "a box of links in mid-article, the article going on after it",
      lines: [
        "Ferry strike halts island crossings",
        PARA_1,
        "Related articles",
        "Port fees rise again",
        "Council votes on new bridge",
        PARA_2,
        PARA_3,
        PARA_4,
      ],
      body: [PARA_1, PARA_4],
      headline: "Ferry strike halts island crossings",
    },
    {
      name: "links at the end of the article",
      lines: [
        "Ferry strike halts island crossings",
        PARA_1,
        PARA_2,
        "Related articles",
        "Port fees rise again",
        "Council votes on new bridge",
        PARA_3,
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
    },
    {
      name: "the author's name over her bio under the article is the author card's, not the body's",
      lines: [
        "Ferry strike halts island crossings",
        "By Ola Berg",
        "March 3, 2021",
        PARA_1,
        PARA_2,
        "Ola Berg",
        "Ola joined the Harbour Daily in 2017. She has covered ports and ferries since 2009.",
        "Subscribe to our newsletter",
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      author: "Ola Berg",
      published: "2021-03-03",
    },
    {
      name: "'Next Up In' a section over links to other stories closes the article",
      lines: [
        "Ferry strike halts island crossings",
        PARA_1,
        PARA_2,
        "Next Up In Travel",
        "Port fees rise again",
        "Council votes on new bridge",
        // Another list's teasers, sentences of some length, under its own heading: no run of the article's paragraphs.
        "Most Read",
        "The harbour board met in secret on Friday. Its minutes show how the fares were set.",
        "A new ferry joins the island route next spring. The crews say it is too small for winter.",
        "Why the old bridge will close for two years. The council says there is no other way.",
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
    },
    {
      name: "menus over a headline, its one-sentence deck and a byline with the date: the header starts at the headline",
      lines: [
        ...["I Accept", "Harbour homepage", "Follow Harbour online:", "Log in or sign up", "Log In", "Site search"],
        ...["Search", "Harbour main menu", "Travel", "Weather", "Islands", "Harbours", "Science & Health", "Culture"],
        "More",
        ...["Travel", "Weather", "Islands", "Harbours", "Science & Health", "Culture"],
        "Why the island ferries keep stopping",
        "A strike over summer shifts left hundreds stranded at the port, and more walkouts may follow.",
        "By Ola Berg Updated Mar 3, 2021, 10:28am EST",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Why the island ferries keep stopping",
      author: "Ola Berg",
      published: "2021-03-03",
    },
    {
      name: "a lead photo's caption and credit under the deck and byline open no body",
      lines: [
        "Why the island ferries keep stopping",
        "A strike over summer shifts left hundreds stranded at the port, and more walkouts may follow.",
        "By Ola Berg",
        "March 3, 2021",
        "Travellers wait at the island port on Monday. It is the third strike on the route this year.",
        "Jane Roe/Harbour Images/Getty Images",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Why the island ferries keep stopping",
      author: "Ola Berg",
      published: "2021-03-03",
    },
    {
      name: "without a deck, the first paragraph over a photo credit stays the body's",
      lines: [
        "Why the island ferries keep stopping",
        "By Ola Berg",
        "March 3, 2021",
        "Ferry crews walked out on Monday and the port stood still until the evening, the union said.",
        "Jane Roe/Harbour Images/Getty Images",
        PARA_1,
        PARA_2,
      ],
      body: ["Ferry crews walked out on Monday", PARA_2],
      headline: "Why the island ferries keep stopping",
      author: "Ola Berg",
      published: "2021-03-03",
    },
    {
      name: "a list the article announces with a colon stays; the page's footer menu does not",
      lines: [
        "Ferry strike halts island crossings",
        PARA_1,
        "The ferries that stop on Sunday are:",
        ...["Northern Star", "Island Queen", "Sea Breeze", "Harbour Light", "Morning Tide"],
      ],
      body: [PARA_1, "Morning Tide"],
      headline: "Ferry strike halts island crossings",
    },
    {
      name: "a blog's date line under the paragraphs, with the post's labels",
      lines: [
        "Ferry strike halts island crossings",
        PARA_1,
        PARA_2,
        PARA_3,
        "Veröffentlicht am: 6. August 2009 | 3 Kommentare",
      ],
      // The first paragraph is the body's, not a standfirst: more paragraphs stand between it and the date line.
      body: [PARA_1, PARA_3],
      headline: "Ferry strike halts island crossings",
      published: "2009-08-06",
    },
    {
      name: "a blog's date over its headline, under the site's name and menu",
      lines: [
        "Harbour Blog",
        ...["Home", "News", "Boats", "Crews", "Timetables", "Contact", "Imprint"],
        "20.06.2019 11:43",
        "New kites for the season",
        PARA_1,
        PARA_2,
      ],
      // The headline found under the header zone opens no body: the body span starts under it.
      body: [PARA_1, PARA_2],
      headline: "New kites for the season",
      published: "2019-06-20",
    },
    {
      name: "a blog's post title under the date line, the site's name over it",
      lines: ["Harbour Blog", "2019-01-01", "New kites for the season", PARA_1, PARA_2],
      body: [PARA_1, PARA_2],
      headline: "New kites for the season",
      published: "2019-01-01",
    },
    {
      name: "a post title under the date line and a category label, a list of the page's links over them",
      lines: [
        "My channels: Comedy & Cartoons / Travel Stories / Video Diary",
        "12. November 2015 / 13:48",
        "Category: Travel",
        "Three odd places in the old harbour",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Three odd places in the old harbour",
      published: "2015-11-12",
    },
    {
      name: "a post title under the date line, the page's menu between the date and a headline found over it",
      lines: [
        "Harbour news from the island for everyone",
        ...["Home", "News", "Boats", "Crews", "Timetables"],
        "29. November 2022",
        "How to keep the boat warm in winter",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "How to keep the boat warm in winter",
      published: "2022-11-29",
    },
    {
      name: "a headline over the date line keeps its place over a subhead under the date",
      lines: [
        "Ferry strike halts island crossings",
        "March 3, 2021",
        "Union wants more pay for night shifts",
        PARA_1,
        PARA_2,
      ],
      body: ["Union wants", PARA_2],
      headline: "Ferry strike halts island crossings",
      published: "2021-03-03",
    },
    {
      name: "a name alone under the date line is the byline, not a post title",
      lines: ["Harbour Blog", "12.03.2021", "Mara Kovac", PARA_1, PARA_2],
      // The name is found under the header zone, at the body's start: metadata, cut off the body span.
      body: [PARA_1, PARA_2],
      headline: "Harbour Blog",
      author: "Mara Kovac",
      published: "2021-03-12",
    },
    {
      name: "a post title under the date line may hold a brand's name run together in two capitals",
      lines: ["privacy policy", "2018-06-05", "HarbourLab privacy policy", PARA_1, PARA_2],
      body: [PARA_1, PARA_2],
      headline: "HarbourLab privacy policy",
      published: "2018-06-05",
    },
    {
      name: "a row of buttons under the date line is no post title",
      lines: ["Harbour Blog", "March 3, 2021", "Share  Email  Print", PARA_1, PARA_2],
      body: [PARA_1, PARA_2],
      headline: "Harbour Blog",
      published: "2021-03-03",
    },
    {
      name: "a trail of the page's sections ending in the headline, the headline under it",
      lines: [
        "Home / News / Ferry strike halts island crossings",
        "Ferry strike halts island crossings",
        "March 3, 2021",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      published: "2021-03-03",
    },
    {
      name: "a stray sentence among the page's labels before the article, its header further down",
      lines: [
        ...["Home", "News", "Sport", "Culture", "Travel"],
        "This page is an archived copy kept by the archive service and it may be out of date.",
        "Refresh",
        "Contact",
        "Ferry strike halts island crossings",
        "By Ola Berg",
        "March 3, 2021",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      author: "Ola Berg",
      published: "2021-03-03",
    },
    {
      name: "a standfirst under its headline is no stray sentence, though labels follow it",
      lines: [
        ...["Home", "News", "Sport", "Culture", "Travel"],
        "Ferry strike halts island crossings",
        "Crews on the island route walked out over pay, and hundreds of travellers were stranded.",
        "The port on Monday.",
        "Ola Berg",
        "March 3, 2021",
        PARA_1,
        PARA_2,
      ],
      // The photo's caption over the byline and date line is no body: the body opens under the header.
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      author: "Ola Berg",
      published: "2021-03-03",
    },
    {
      name: "a post of two paragraphs dated at its end: the first paragraph is no standfirst",
      lines: [
        "Ferry strike halts island crossings",
        PARA_1,
        `${PARA_2} The operator said it would meet the union on Thursday.`,
        "Veröffentlicht am: 6. August 2009 | 3 Kommentare",
      ],
      body: [PARA_1, "on Thursday."],
      headline: "Ferry strike halts island crossings",
      published: "2009-08-06",
    },
    {
      name: "section labels in capitals over the headline, the last after a colon, are no kicker and headline",
      lines: [
        "HARBOUR  LOCAL POLITICS: ANALYSIS",
        "Ferry strike halts island crossings",
        "By Ola Berg",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      author: "Ola Berg",
    },
    {
      name: "a standfirst right over the date line stays the standfirst",
      lines: [
        "Ferry strike halts island crossings",
        "Crews on the island route walked out over pay, and hundreds of travellers were stranded.",
        "Veröffentlicht am: 6. August 2009 | 3 Kommentare",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      published: "2009-08-06",
    },
    {
      name: "a comment count under the headline, in another language, is the page's label",
      lines: [
        ...["Home", "News", "Sport", "Culture", "Travel", "Boats", "Crews", "Timetables"],
        "Ferry strike halts island crossings",
        "4 Kommentare",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
    },
    {
      name: "the authors' names in capitals under the standfirst",
      lines: [
        "Ferry strike halts island crossings",
        "Crews on the island route walked out over pay, and hundreds of travellers were stranded.",
        "OLA BERG & MARA KOVAC",
        "March 3, 2021",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      author: "OLA BERG; MARA KOVAC",
      published: "2021-03-03",
    },
    {
      name: "a short headline in capitals is no byline",
      lines: ["FERRY CREWS WALK OUT", "March 3, 2021", PARA_1, PARA_2],
      body: [PARA_1, PARA_2],
      headline: "FERRY CREWS WALK OUT",
      published: "2021-03-03",
    },
    {
      name: "the author's name alone over the date line, the date of a blog post after its first paragraph",
      lines: ["Ferry strike halts island crossings", "Mara Kovac", "12.03.2021", PARA_1, PARA_2],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      author: "Mara Kovac",
      published: "2021-03-12",
    },
    {
      name: "a user name after the date, under the headline",
      lines: ["Ferry strike halts island crossings", "1. Januar 2016 von hafenblog Ein Kommentar", PARA_1, PARA_2],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      author: "hafenblog",
      published: "2016-01-01",
    },
    {
      name: "story highlights between the headline and the first paragraph stay under the headline",
      lines: [
        "Ferry strike halts island crossings",
        "Story highlights Crossings stop for two days",
        "The union wants higher pay for night shifts",
        "Talks resume on Monday in the port office",
        "Islanders turn to private boats for supplies",
        PARA_1,
        PARA_2,
      ],
      body: ["Story highlights", PARA_2],
      headline: "Ferry strike halts island crossings",
    },
    {
      name: "a footer menu after the last paragraph",
      lines: [
        "Ferry strike halts island crossings",
        PARA_1,
        PARA_2,
        ...["About us", "Contact", "Careers", "Advertise", "Privacy"],
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
    },
    {
      name: "a breadcrumb trail run into the title, the title set again under it",
      lines: [
        ...["Home", "News", "Boats", "Crews", "Timetables"],
        "Home Boats Ferry tickets for the whole family",
        "This post may contain affiliate links. Please see my disclosure page.",
        "BoatsGuides",
        "FERRY TICKETS FOR THE WHOLE FAMILY",
        "written by Ola Berg",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "FERRY TICKETS FOR THE WHOLE FAMILY",
      author: "Ola Berg",
    },
    {
      name: "the title ending the menu, the lead photo's credit and the section's name between it and the date line",
      lines: [
        ...["Home", "World", "Business", "Opinion", "Radio", "Video", "Photo"],
        "Ferry strike halts island crossings",
        "© HARBOUR PHOTO / POOL",
        "Columnists",
        "21:17 18.11.2019",
        "by Ola Berg",
        "4553",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      author: "Ola Berg",
      published: "2019-11-18",
    },
    {
      name: "a pop-up's close button first on the page is no headline",
      lines: ["x", PARA_1, PARA_2],
      body: [PARA_1, PARA_2],
    },
    {
      name: "a share panel and its counter between the byline and the first paragraph",
      lines: [
        "Ferry strike halts island crossings",
        "By Ola Berg",
        "Mar. 3, 2021Updated: Mar. 3, 2021 1:35 a.m.",
        "Share this with Email",
        "4",
        "https://example.org/ferry",
        "Do you like our new look?",
        "Close share panel",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      author: "Ola Berg",
      published: "2021-03-03",
    },
    {
      name: "a story's highlights between the headline and the first paragraph stay in the body",
      lines: [
        "Ferry strike halts island crossings",
        "Crossings stop for two days",
        "Talks resume on Monday",
        PARA_1,
        PARA_2,
      ],
      body: ["Crossings stop for two days", PARA_2],
      headline: "Ferry strike halts island crossings",
    },
    {
      name: "the byline repeated as an author card under the article closes it",
      lines: [
        "Ferry strike halts island crossings",
        "By Ola Berg",
        PARA_1,
        PARA_2,
        PARA_3,
        "Ola Berg",
        "Staff Writer",
        "Council to vote on the new bridge",
        "Port fees rise again",
      ],
      body: [PARA_1, PARA_3],
      headline: "Ferry strike halts island crossings",
      author: "Ola Berg",
    },
    {
      name: "a kicker on the headline found over the first paragraph, under the page's menus and a stray label",
      lines: [
        ...["Home", "News", "Boats", "Crews", "Timetables"],
        "Best of the Island",
        ...["Weather", "Tides", "Events", "Jobs", "Contact"],
        "March 3, 2021",
        "Tweet",
        "BREAKING: Ferry strike halts island crossings",
        PARA_1,
        PARA_2,
      ],
      body: [PARA_1, PARA_2],
      headline: "Ferry strike halts island crossings",
      published: "2021-03-03",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const text = c.lines.join("\n\n");
      const r = readScrapedText(text);
      const body = slice(text, r.body);
      assert.ok(body.startsWith(c.body[0]), `body starts ${JSON.stringify(body.slice(0, 60))}`);
      assert.ok(body.endsWith(c.body[1]), `body ends ${JSON.stringify(body.slice(-60))}`);
      assert.equal(r.metadata.headline?.value, c.headline);
      assert.equal(r.metadata.authors?.value.map((a) => a.name).join("; "), c.author);
      assert.equal(r.metadata.published?.value.slice(0, 10), c.published);
    });
  }

  it("marks the links under a mid-article DON'T MISS box as furniture", () => {
    const text = [
      "Ferry strike halts island crossings",
      PARA_1,
      "DON'T MISS",
      "Port fees rise again [INSIGHT]",
      "Council votes on new bridge [VIDEO]",
      PARA_2,
      PARA_3,
      PARA_4,
    ].join("\n\n");
    const r = readScrapedText(text);
    const inside = r.boilerplate
      .filter((b) => b.start >= r.body.start && b.end <= r.body.end)
      .map((b) => slice(text, b));
    assert.deepEqual(inside, ["DON'T MISS", "Port fees rise again [INSIGHT]", "Council votes on new bridge [VIDEO]"]);
    assert.ok(slice(text, r.body).endsWith(PARA_4));
  });

  describe("a label in capitals over the first paragraph is the piece's label (section-label)", () => {
    for (const label of ["ANALYSIS/OPINION:", "NEWS ANALYSIS:", "COMMENTARY", "OPINION"])
      it(label, () => {
        const text = ["Ferry strike halts island crossings", label, PARA_1, PARA_2, PARA_3].join("\n\n");
        const r = readScrapedText(text);
        const body = slice(text, r.body);
        assert.ok(body.startsWith(PARA_1), `body starts ${JSON.stringify(body.slice(0, 60))}`);
      });
    it("a place in capitals stays the text's (a wire dateline's)", () => {
      const text = ["Ferry strike halts island crossings", "HARBOURTOWN", PARA_1, PARA_2, PARA_3].join("\n\n");
      const r = readScrapedText(text);
      const body = slice(text, r.body);
      assert.ok(body.startsWith("HARBOURTOWN"), `body starts ${JSON.stringify(body.slice(0, 60))}`);
    });
  });

  it("ends the article at a 'Further reading' list under it", () => {
    const text = [
      "Ferry strike halts island crossings",
      PARA_1,
      PARA_2,
      PARA_3,
      "Further reading",
      "Why the island ferries keep running late.",
      "The pier's long repair, explained.",
    ].join("\n\n");
    const r = readScrapedText(text);
    const body = slice(text, r.body);
    assert.ok(body.endsWith(PARA_3), `body ends ${JSON.stringify(body.slice(-60))}`);
  });

  it("reads 'Photo' or 'YouTube' alone between paragraphs as an embed's label (media-label)", () => {
    const text = ["Ferry strike halts island crossings", PARA_1, "Photo", PARA_2, "YouTube", PARA_3].join("\n\n");
    const r = readScrapedText(text);
    const labels = r.boilerplate.filter((b) => b.rule === "boilerplate:media-label").map((b) => slice(text, b));
    assert.deepEqual(labels, ["Photo", "YouTube"]);
  });

  describe("another story's teaser over a 'Read more' button between paragraphs (teasersOverReadMore)", () => {
    const furnitureIn = (text: string) => {
      const r = readScrapedText(text);
      return r.boilerplate
        .filter((b) => b.start >= r.body.start && b.end <= r.body.end)
        .map((b) => `${b.rule.replace("boilerplate:", "")}|${slice(text, b)}`);
    };
    const cases: { name: string; lines: string[]; furniture: string[] }[] = [
      {
        name: "a Title Case headline and its blurb cut off mid-sentence",
        lines: [
          "Island Ferries Will Carry Bikes Free Next Summer, Council Says",
          "In recent weeks, hundreds of riders have asked the harbour board to let them bring",
          "Read more",
        ],
        furniture: [
          "read-more-teaser|Island Ferries Will Carry Bikes Free Next Summer, Council Says",
          "read-more-teaser|In recent weeks, hundreds of riders have asked the harbour board to let them bring",
          "related-links|Read more",
        ],
      },
      {
        name: "a headline alone over the button in capitals",
        lines: ["Harbour Pilot's Plan to Retire Meets a Late Setback", "READ MORE"],
        furniture: ["read-more-teaser|Harbour Pilot's Plan to Retire Meets a Late Setback", "related-links|READ MORE"],
      },
      {
        name: "a paragraph that ends its sentence stays the article's",
        lines: ["The harbour board said it would publish the full timetable in the spring.", "Read more"],
        furniture: ["related-links|Read more"],
      },
      {
        name: "a sentence-case line cut off over the button needs a headline over it",
        lines: [PARA_2, "and the crossing was closed for the rest of the day as the", "Read more"],
        furniture: ["related-links|Read more"],
      },
    ];
    for (const c of cases)
      it(c.name, () => {
        const text = ["Ferry strike halts island crossings", PARA_1, ...c.lines, PARA_3, PARA_4].join("\n\n");
        assert.deepEqual(furnitureIn(text), c.furniture);
      });
  });

  it("reads a headline the page cut short under a links heading as a link (linksUnderHeadings)", () => {
    const text = [
      "Ferry strike halts island crossings",
      PARA_1,
      "Related articles",
      "Gnats to reach the harbour as the storm and the spring tides rise...",
      "Council votes on new bridge",
      PARA_2,
      PARA_3,
      PARA_4,
    ].join("\n\n");
    const r = readScrapedText(text);
    const links = r.boilerplate.filter((b) => b.rule === "boilerplate:links-under-heading").map((b) => slice(text, b));
    assert.deepEqual(links, [
      "Gnats to reach the harbour as the storm and the spring tides rise...",
      "Council votes on new bridge",
    ]);
  });

  it("ends the article at a blog's comments heading that names the post (comments-heading)", () => {
    const text = [
      "Why the island ferries run late",
      "May 1, 2021",
      PARA_1,
      PARA_2,
      PARA_3,
      "3 thoughts on “Why the island ferries run late”",
      "Ola Berg says:",
      "May 4, 2021 at 9:12 am",
      "I take the early boat every day and it has never once left on time, so this rings true.",
      "Reply",
    ].join("\n\n");
    const r = readScrapedText(text);
    const body = slice(text, r.body);
    assert.ok(body.endsWith(PARA_3), `body ends ${JSON.stringify(body.slice(-60))}`);
  });

  describe("a portal's long list of headlines over the first paragraph (teaserRunOverFirstProse)", () => {
    const headlines = Array.from({ length: 16 }, (_, n) => `Harbour story number ${n + 1} makes the list`);
    it("is furniture, and the body starts at the first paragraph", () => {
      const text = ["Harbour Portal", "Sign in", ...headlines, PARA_1, PARA_2, PARA_3].join("\n");
      const r = readScrapedText(text);
      const body = slice(text, r.body);
      assert.ok(body.startsWith(PARA_1), `body starts ${JSON.stringify(body.slice(0, 60))}`);
      const run = new Set(r.boilerplate.filter((b) => b.rule === "boilerplate:teaser-run").map((b) => slice(text, b)));
      assert.ok(
        headlines.every((h) => run.has(h)),
        "every headline is in the run",
      );
    });
    it("leaves the run alone when the first sentence has a date line under it (a deck, with the headline over it)", () => {
      const text = [...headlines, "Ferry strike halts island crossings", PARA_1, "March 3, 2021", PARA_2, PARA_3].join(
        "\n",
      );
      const r = readScrapedText(text);
      assert.ok(!r.boilerplate.some((b) => b.rule === "boilerplate:teaser-run"));
    });
    it("leaves a link blog's entries alone", () => {
      const entries = headlines.map((h, n) => (n % 2 ? `via Harbour Wire https://wire.example/${n}` : h));
      const text = ["Harbour links for Monday", ...entries, PARA_1, PARA_2].join("\n");
      const r = readScrapedText(text);
      assert.ok(!r.boilerplate.some((b) => b.rule === "boilerplate:teaser-run"));
    });
  });

  it("reads a site's tagline between two of its menus as the page's, not the headline", () => {
    const network = ["HARBOUR POST", "FERRY NEWS", "TIDE TABLES", "THE PIER", "ISLAND LIFE", "PORT SPORT"];
    const sections = ["LATEST", "REVIEWS", "SCIENCE", "DESIGN", "TRAVEL", "FOOD"];
    const text = [...network, "We sail before the news does", ...sections, PARA_1, PARA_2, PARA_3].join("\n");
    const r = readScrapedText(text);
    assert.notEqual(r.metadata.headline?.value, "We sail before the news does");
    assert.ok(
      r.boilerplate.some((b) => slice(text, b) === "We sail before the news does"),
      "the tagline is furniture",
    );
  });

  it("reads a site's editions under their announcing label as its menu (edition-picker)", () => {
    const editions = ["Canada (English)", "Canada (français)", "España (español)", "India (हिंदी)", "Polska (polski)"];
    const text = [
      "Harbour News",
      "Change edition:",
      ...editions,
      "Help",
      "Feedback",
      "News",
      "Sport",
      "Weather",
      "Ferry strike halts island crossings",
      PARA_1,
      PARA_2,
    ].join("\n");
    const r = readScrapedText(text);
    const body = slice(text, r.body);
    assert.ok(body.startsWith(PARA_1), `body starts ${JSON.stringify(body.slice(0, 60))}`);
    assert.equal(r.metadata.headline?.value, "Ferry strike halts island crossings");
  });

  it("reads a link in capitals with an acronym's plural as a link (caps-link)", () => {
    const text = [
      "Ferry strike halts island crossings",
      PARA_1,
      "HARBOUR CEOs MEET TO END FERRY STRIKE AS TALKS RESUME",
      PARA_2,
      PARA_3,
    ].join("\n\n");
    const r = readScrapedText(text);
    assert.ok(
      r.boilerplate.some((b) => b.rule === "boilerplate:caps-link"),
      "the line in capitals is a link",
    );
  });

  it("sets aside other stories' teasers whose headline and blurb are glued, and reads the article under them (gluedTeasers)", () => {
    const text = [
      "Menu",
      "Weather",
      "Harbour Ferry Fares Rise Again This WinterThe operator said the increase would take effect in January.",
      "Council Approves New Bridge Toll After Long DebateMembers voted seven to two on a plan to fund repairs.",
      "Video",
      "Island Crossings Halted By Ferry Strike",
      "March 3, 2021 at 9:45 am",
      PARA_1,
      PARA_2,
      PARA_3,
    ].join("\n");
    const r = readScrapedText(text);
    assert.equal(r.metadata.headline?.value, "Island Crossings Halted By Ferry Strike");
    assert.ok(slice(text, r.body).startsWith(PARA_1));
    const teasers = r.boilerplate.filter((b) => b.rule === "boilerplate:glued-teaser").map((b) => slice(text, b));
    assert.equal(teasers.length, 2);
  });

  it("keeps a paragraph that names a company in camel case among other paragraphs (gluedTeasers)", () => {
    const glued =
      "Starting on March 20, Harbour Depot and Harbour OfficeMax will require masks in all of their stores.";
    const text = ["Stores tighten mask rules", PARA_1, glued, PARA_2, PARA_3].join("\n\n");
    const r = readScrapedText(text);
    assert.ok(!r.boilerplate.some((b) => b.rule === "boilerplate:glued-teaser"));
  });

  it("reads a fact-check's rated claim and its dated attribution over the headline as furniture (attributedQuotes)", () => {
    const text = [
      "Subjects",
      '"Ferry fares have tripled since the strike began."',
      "— Jane Roe on Sunday, October 13th, 2019 in a radio interview",
      "Have ferry fares tripled since the strike?",
      "By Ola Berg on Monday, November 18th, 2019 at 11:08 a.m.",
      PARA_1,
      PARA_2,
      PARA_3,
    ].join("\n\n");
    const r = readScrapedText(text);
    assert.equal(r.metadata.headline?.value, "Have ferry fares tripled since the strike?");
    assert.equal(r.metadata.published?.value.slice(0, 10), "2019-11-18");
    assert.ok(slice(text, r.body).startsWith(PARA_1));
    const quoted = r.boilerplate.filter((b) => b.rule === "boilerplate:attributed-quote");
    assert.equal(quoted.length, 2);
  });

  it("keeps a closing quote over the columnist's undated sign-off in the body (attributedQuotes)", () => {
    const text = [
      "Ferry strike halts island crossings",
      PARA_1,
      PARA_2,
      '"We will not give up on the crossing."',
      "— Ola Berg is a columnist for The Daily Harbour",
    ].join("\n\n");
    const r = readScrapedText(text);
    assert.ok(!r.boilerplate.some((b) => b.rule === "boilerplate:attributed-quote"));
  });

  it("marks the links of a mid-article box as furniture inside the body", () => {
    const text = [
      "Ferry strike halts island crossings",
      PARA_1,
      "Related articles",
      "Port fees rise again",
      PARA_2,
      PARA_3,
      PARA_4,
    ].join("\n\n");
    const r = readScrapedText(text);
    const inside = r.boilerplate
      .filter((b) => b.start >= r.body.start && b.end <= r.body.end)
      .map((b) => slice(text, b));
    assert.deepEqual(inside, ["Related articles", "Port fees rise again"]);
  });
});

describe("a byline found away from the header is the post's metadata, not its text", () => {
  const rows: { name: string; lines: string[]; author: string; bodyStart: string; inBody: string[] }[] = [
    {
      name: "a byline under the first paragraphs is furniture inside the body",
      lines: ["Ferry strike halts island crossings", PARA_1, PARA_2, "Von Ola Berg", PARA_3],
      author: "Ola Berg",
      bodyStart: PARA_2,
      inBody: ["Von Ola Berg"],
    },
    {
      name: "a byline the header zone read stays out of the body without the rule",
      lines: ["Ferry strike halts island crossings", "By Ola Berg", PARA_1, PARA_2, PARA_3],
      author: "Ola Berg",
      bodyStart: PARA_1,
      inBody: [],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const text = row.lines.join("\n\n");
      const r = readScrapedText(text);
      assert.equal(r.metadata.authors?.value.map((a) => a.name).join("; "), row.author);
      assert.ok(slice(text, r.body).startsWith(row.bodyStart), slice(text, r.body).slice(0, 40));
      const inside = r.boilerplate.filter((b) => b.start >= r.body.start && b.end <= r.body.end);
      assert.deepEqual(
        inside.map((b) => slice(text, b)),
        row.inBody,
      );
      const bylines = r.blocks.filter((b) => b.kind === "byline").map((b) => slice(text, b));
      assert.ok(
        bylines.some((b) => b.includes("Ola Berg")),
        `byline blocks ${JSON.stringify(bylines)}`,
      );
    });
  }
});

describe("the post's title as the last entry of a menu run, over the date line", () => {
  const menu = ["Home", "News", "Sport", "Weather", "Contact"];
  const deck = "Crews want higher pay for their night shifts";
  const rows: { name: string; lines: string[]; headline: string; standfirst?: string }[] = [
    {
      name: "the menu's last entry over the date line is the headline; the line under the date is its deck",
      lines: [...menu, "Ferry strike halts crossings", "12.03.2021", deck, PARA_1, PARA_2],
      headline: "Ferry strike halts crossings",
      standfirst: deck,
    },
    {
      name: "an entry of two words is a section's name, not the title",
      lines: [...menu, "Local news", "12.03.2021", deck, PARA_1, PARA_2],
      headline: deck,
    },
    {
      name: "an entry no longer than the entries over it is the menu's",
      lines: ["Home", "Harbour and ferry news", "Sport", "Weather", "Contact", "Island bus times", "12.03.2021", deck],
      headline: deck,
    },
    {
      name: "a label between the deck and the first paragraph: the article does not start under the date line",
      lines: [...menu, "Ferry strike halts crossings", "12.03.2021", deck, "Island life", PARA_1, PARA_2],
      headline: deck,
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const lines = row.lines.includes(PARA_1) ? row.lines : [...row.lines, PARA_1, PARA_2];
      const r = readScrapedText(lines.join("\n\n"));
      assert.equal(r.metadata.headline?.value, row.headline);
      assert.equal(r.metadata.standfirst?.value, row.standfirst);
    });
  }
});

describe("metadata read from the page as a whole", () => {
  it("reads an ambiguous slash date in the order the page's other dates are written in (slashDateOrder)", () => {
    const cases: [string, string][] = [
      // Comments dated "23/04/2020" show the page writes the day first.
      [
        "Harbour Bread Rolls\n\n12/04/2020 by Mira\n\n" + `${para(1)}\n\n${para(2)}\n\nReply\n\n23/04/2020 at 9:00 am`,
        "2020-04-12",
      ],
      // "04/23/2020" shows it writes the month first: the date line's parser reading stands.
      [
        "Harbour Bread Rolls\n\n12/04/2020 by Mira\n\n" + `${para(1)}\n\n${para(2)}\n\nReply\n\n04/23/2020 at 9:00 am`,
        "2020-12-04",
      ],
      // Written dates day first ("3 May 2020") tell it when no slash date does.
      [
        "Harbour Bread Rolls\n\n12/04/2020 by Mira\n\n" +
          `${para(1)}\n\nThe ferry was first cancelled on 3 May 2020.\n\n${para(2)}`,
        "2020-04-12",
      ],
      // A British address in the footer.
      [
        "Harbour Bread Rolls\n\n12/04/2020 by Mira\n\n" + `${para(1)}\n\n${para(2)}\n\n© harbourbakes.co.uk`,
        "2020-04-12",
      ],
      // Nothing tells: the parser's month-first reading stands.
      ["Harbour Bread Rolls\n\n12/04/2020 by Mira\n\n" + `${para(1)}\n\n${para(2)}`, "2020-12-04"],
    ];
    for (const [text, date] of cases) assert.equal(readScrapedText(text).metadata.published?.value, date, text);
  });

  it("reads the author named under the article when the header names none (closingByline)", () => {
    const cases: [string, string[] | undefined][] = [
      [
        `Ferry late again\n\n${para(1)}\n\n${para(2)}\n\nWritten by\nMira Solberg\nMira covers the islands.`,
        ["Mira Solberg"],
      ],
      [`Ferry late again\n\n${para(1)}\n\n${para(2)}\n\nText: Mira Solberg`, ["Mira Solberg"]],
      [`Ferry late again\n\n${para(1)}\n\n${para(2)}\n\nAbout the author\nMira Solberg`, ["Mira Solberg"]],
      // A commenter's name under the comments heading is no author.
      [`Ferry late again\n\n${para(1)}\n\n${para(2)}\n\n3 Comments\n\nPosted by\nOle Brandt`, undefined],
      // Nor is a byline of another story under "Related articles".
      [
        `Ferry late again\n\n${para(1)}\n\n${para(2)}\n\nRelated articles\n\nBridge closes for repairs\nBy Ole Brandt`,
        undefined,
      ],
    ];
    for (const [text, names] of cases)
      assert.deepEqual(
        readScrapedText(text).metadata.authors?.value.map((a) => a.name),
        names,
        text,
      );
  });

  it("takes no ticker of figures over the header for the headline (isWordy)", () => {
    const text = [
      "IDX®6.105,83+0,14%MID®3.895,34+0,29%Index I4.659,48+0,23%",
      "Island ferry fares rise for the third time this year",
      "28.04.2021 - 07:18 | Source: wire service | Reading time about 4 min. | Read aloud Stop Pause",
      "By Mira Solberg",
      para(1),
      para(2),
    ].join("\n");
    const r = readScrapedText(text);
    assert.equal(r.metadata.headline?.value, "Island ferry fares rise for the third time this year");
    assert.equal(r.metadata.published?.value, "2021-04-28");
  });
});

describe("the article's header inside a whole page", () => {
  const menu = ["Home", "Harbour", "Islands", "Weather", "Sport", "Contact"];

  it("reads the headline over the byline and date even with the lead photo's caption under it (foundOverAnchor)", () => {
    const text = [
      ...menu,
      "Politics",
      "As the vote nears, the harbour master is asked about the ferry contract again",
      "The harbour master at the dock last week.",
      "(Ole Brandt / Harbour Gazette)",
      "By Mira Solberg",
      "Feb. 19, 2020",
      para(1),
      para(2),
    ].join("\n");
    const r = readScrapedText(text);
    assert.equal(
      r.metadata.headline?.value,
      "As the vote nears, the harbour master is asked about the ferry contract again",
    );
  });

  it("reads the authors named with their posts under the headline (parseNameWithRole)", () => {
    const text = [
      "Jump to navigation Skip navigation",
      "Island Voices",
      "The Council Dropped the Ferry Fee for Students – At Last",
      "Mira Solberg, Staff Attorney, Harbour Rights Project",
      "& Omar Haddad, Director of Island Transport, Harbour Council",
      "July 25, 2019 | 11:15 PM",
      para(1),
      para(2),
    ].join("\n");
    const r = readScrapedText(text);
    assert.equal(r.metadata.headline?.value, "The Council Dropped the Ferry Fee for Students – At Last");
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Mira Solberg", "Omar Haddad"],
    );
  });

  it("takes no page label set apart by the page's labels for the headline over a deck (apart)", () => {
    const text = [
      ...menu,
      "Free Headlines in your Inbox Click here to signup",
      "Subscribe",
      "Front Page » Harbour » Ferry trust rejects the council's timetable data",
      "Ferry trust rejects the council's timetable data",
      "Written by Harbour Desk on November 7, 2023",
      para(1),
      para(2),
    ].join("\n");
    assert.equal(readScrapedText(text).metadata.headline?.value, "Ferry trust rejects the council's timetable data");
  });

  // Session 20: a "By" line under the title outranks the lines over it read as bylines without "By", and the title
  // right over it outranks a link of the page's lists read first as the headline.
  const overByline = (extra: readonly string[]) => [
    "Harbour Review",
    "Ferry Operator Names a New Chief Engineer for the Island Route",
    "More stories",
    "Earlier stories",
    ...extra,
    "By MIRA SOLBERG",
    "March 3, 2021 7:15 AM",
    para(1),
    para(2),
  ];
  const titleOverByline: readonly [string, readonly string[], string, string | undefined, string][] = [
    [
      "a kicker in capitals and a short title",
      ["ISLANDS", "The Timetable Gamble"],
      "The Timetable Gamble",
      "ISLANDS",
      "MIRA SOLBERG",
    ],
    ["a short title alone", ["The Timetable Gamble"], "The Timetable Gamble", undefined, "MIRA SOLBERG"],
  ];
  for (const [name, extra, headline, kicker, author] of titleOverByline)
    it(`reads the title right over a "By" line as the headline: ${name} (explicitBylineSoon, titleOverByline)`, () => {
      const r = readScrapedText(overByline(extra).join("\n"));
      assert.equal(r.metadata.headline?.value, headline);
      assert.equal(r.metadata.kicker?.value, kicker);
      assert.deepEqual(
        r.metadata.authors?.value.map((a) => a.name),
        [author],
      );
    });

  it('reads no sentence right over the "By" line as the headline (titleOverByline)', () => {
    const deck = "Riders say the new timetable leaves them waiting for an hour.";
    const r = readScrapedText(overByline([deck]).join("\n"));
    assert.notEqual(r.metadata.headline?.value, deck);
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["MIRA SOLBERG"],
    );
  });

  it("gives the authors the outlet their byline names after them as an affiliation, not as one more author", () => {
    const text = [
      "Ferry Operator Names a New Chief Engineer",
      "By Mira Solberg and Ola Berg, HNN Business",
      para(1),
      para(2),
    ];
    const authors = readScrapedText(text.join("\n")).metadata.authors?.value;
    assert.deepEqual(
      authors?.map((a) => [a.name, a.affiliations]),
      [
        ["Mira Solberg", ["HNN Business"]],
        ["Ola Berg", ["HNN Business"]],
      ],
    );
  });

  it("keeps a headline whose kicker alone stands between it and the byline (titleOverByline)", () => {
    const text = [
      "Harbour Review",
      "Ferry Operator Names a New Chief Engineer",
      "ISLANDS",
      "The Timetable Gamble",
      "By Mira Solberg",
      para(1),
      para(2),
    ];
    const r = readScrapedText(text.join("\n"));
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Mira Solberg"],
    );
  });

  it("reads the site's motto over its menu as no headline (menuBetween)", () => {
    const text = [
      "harbourlaw.example",
      "News on harbour and maritime law",
      "Menu",
      ...menu,
      "Speeding Pilots",
      "Leave a reply",
      para(1),
      para(2),
    ].join("\n");
    assert.equal(readScrapedText(text).metadata.headline?.value, "Speeding Pilots");
  });
});

describe("the article's date and headline from the lines around its text", () => {
  it("dates the article by its first publication when the update's date comes first", () => {
    const cases: string[][] = [
      ["Ferry fares rise again", "Updated 6 March 2024, 16:10", "Published 5 March 2024", "By Mira Solberg", para(1)],
      [
        "Ferry fares rise again",
        "By Mira Solberg",
        "Last updated: 6 March 2024",
        "First published: 5 March 2024",
        para(1),
      ],
    ];
    for (const lines of cases)
      assert.equal(readScrapedText([...lines, para(2)].join("\n")).metadata.published?.value, "2024-03-05");
  });

  it("dates the article by a date that opens its first paragraph when it has no date line (parseLeadDate)", () => {
    const text = ["Ferry fares rise again", `31 October 2023. ${para(1)}`, para(2)].join("\n");
    assert.equal(readScrapedText(text).metadata.published?.value, "2023-10-31");
  });

  it("dates the article by the date beside the author named under it", () => {
    // Ten paragraphs: further from the first paragraph than a date line or byline is looked for around it.
    const paragraphs = Array.from({ length: 10 }, (_, k) => para(k + 1));
    const text = ["Ferry fares rise again", ...paragraphs, "von Mira", "18.10.2019 16:06 Uhr"].join("\n");
    const r = readScrapedText(text);
    assert.equal(r.metadata.published?.value, "2019-10-18");
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Mira"],
    );
  });

  it("reads the text's first line over the date line as the headline, though it ends like a sentence", () => {
    const text = ["A quiet start to the year. Everything else can wait…", "1 January 2016 by Mira", para(1), para(2)];
    assert.equal(
      readScrapedText(text.join("\n")).metadata.headline?.value,
      "A quiet start to the year. Everything else can wait…",
    );
  });
});

describe("more of the header's lines", () => {
  it("reads a name alone beside the header's date line as the byline (nameBesideHeaderDate)", () => {
    const cases: string[][] = [
      [
        "Ferry fares rise again",
        "The island's riders will pay more from May.",
        "Mira Solberg",
        "+ FOLLOW",
        "Published: 10:00am, 20 Jan, 2020",
      ],
      ["Ferry fares rise again", "20 January 2020", "Mira Solberg"],
    ];
    for (const header of cases) {
      const r = readScrapedText([...header, para(1), para(2)].join("\n"));
      assert.deepEqual(
        r.metadata.authors?.value.map((a) => a.name),
        ["Mira Solberg"],
      );
    }
  });

  it("finds the article past a stray sentence and a long list of teasers (STRAY_PROSE_SEARCH_LINES)", () => {
    const teasers = Array.from({ length: 120 }, (_, k) => `Harbour | Teaser headline number ${k + 1} about the docks`);
    const text = [
      "Login",
      "If you already have an account, please sign in with your email address and password.",
      ...teasers,
      "Ferry Fares Rise for the Third Time This Year",
      "By Mira Solberg",
      para(1),
      para(2),
      para(3),
    ].join("\n");
    const r = readScrapedText(text);
    assert.equal(r.metadata.headline?.value, "Ferry Fares Rise for the Third Time This Year");
    assert.ok(text.slice(r.body.start, r.body.end).startsWith("Paragraph 1"));
  });
});

describe("a headline that ends like a sentence over its date line (headlineOverDateLine)", () => {
  const menu = ["Home", "Harbour", "Islands", "Weather", "Sport", "Contact"];

  it("reads it under the page's section label, and no deck ended by a full stop", () => {
    const cases: [string[], string][] = [
      [
        [...menu, "Docs", "A quiet start to the year – be happy! Everything else can wait…", "1 January 2016 by Mira"],
        "A quiet start to the year – be happy! Everything else can wait…",
      ],
      [
        [
          ...menu,
          "Ferry Fares Rise Again",
          "The island's riders will pay more from May, the operator said.",
          "By Mira Solberg",
        ],
        "Ferry Fares Rise Again",
      ],
    ];
    for (const [header, headline] of cases)
      assert.equal(readScrapedText([...header, para(1), para(2)].join("\n")).metadata.headline?.value, headline);
  });
});

describe("a date line set in capitals", () => {
  it("is the article's date line, not a story link in capitals", () => {
    const text = [
      "Ferry fares rise again",
      "Harbour Desk",
      "07/05/2022 20H06 - ACTUALIZADO A 07/05/2022 20H17",
      para(1),
      para(2),
    ];
    assert.equal(readScrapedText(text.join("\n")).metadata.published?.value, "2022-05-07");
  });
});

describe("a byline on two lines near the first paragraph", () => {
  const cases: [string, string[], string[] | undefined][] = [
    [
      "a label over the name, the name with a comma",
      ["Ferry fares rise again", "Information", "Autor", "Mira Solberg,"],
      ["Mira Solberg"],
    ],
    [
      "a name over its post",
      ["Ferry fares rise again", "16. März 2021", para(1), "Mira Solberg", "Mitglied der Hafenblatt-Redaktion"],
      ["Mira Solberg"],
    ],
    [
      "a name beside the date past a stray comma",
      ["Ferry fares rise again", "Dienstag, 01. Februar 2022 12:10", ",", "Mira Solberg"],
      ["Mira Solberg"],
    ],
    // Away from the header, two labels over an outlet-like line are no byline.
    ["no page labels", ["Ferry fares rise again", "16. März 2021", para(1), "Guest Posts", "Harbour News"], undefined],
  ];
  for (const [name, header, authors] of cases)
    it(name, () =>
      assert.deepEqual(
        readScrapedText([...header, para(2), para(3)].join("\n")).metadata.authors?.value.map((a) => a.name),
        authors,
      ),
    );
});

describe("a byline over the text, or under a label ending in 'by'", () => {
  it("reads a known first name's line over the first paragraph as the byline, not the headline (parseNameOverText)", () => {
    const r = readScrapedText(["Dennis Holm", para(1), para(2)].join("\n"));
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Dennis Holm"],
    );
    assert.equal(r.metadata.headline, undefined);
  });
  it("reads no short title over the first paragraph as a byline", () => {
    const r = readScrapedText(["Harbour Tides", para(1), para(2)].join("\n"));
    assert.equal(r.metadata.authors, undefined);
  });
  it("reads the name under 'Tips by'", () => {
    const r = readScrapedText(
      ["Tips by", "Mira Solberg", "6 November 2022", "Island Travel Guide", para(1), para(2)].join("\n"),
    );
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Mira Solberg"],
    );
  });
});

describe("wire stories, decks and the page's labels around an article (session 15 rules)", () => {
  const menu = ["Home", "World", "Politics", "Business", "Sport", "Culture"];
  const read = (lines: string[]) => {
    const text = lines.join("\n");
    const r = readScrapedText(text);
    return { r, body: text.slice(r.body.start, r.body.end) };
  };
  it("reads 'By Reuters' as the agency, no author, and the agency's sign-off as no text", () => {
    const { r, body } = read([
      ...menu,
      "Ferry strike halts island crossings",
      "Crews walked out over pay, the union said.",
      "A ferry at the harbour wall.Ola Berg / Reuters file",
      "Breaking News Emails",
      "Nov. 20, 2019, 9:28 AM UTC",
      "By Reuters",
      `OSLO — ${PARA_1}`,
      PARA_2,
      PARA_3,
      "Reuters",
    ]);
    assert.equal(r.metadata.authors, undefined);
    assert.equal(r.metadata.outlet?.value.name, "Reuters");
    assert.ok(body.startsWith("OSLO — Ferry crews"), body);
    assert.ok(body.endsWith(PARA_3), body);
  });
  it("takes the site that names itself for the outlet of a wire story it republishes, not the dateline's agency", () => {
    const { r } = read([
      ...menu,
      "Ferry strike halts island crossings",
      "By Ola Berg",
      `OSLO (Reuters) - ${PARA_1}`,
      PARA_2,
      PARA_3,
      "© HarbourAlert Pty Ltd. All rights reserved.",
    ]);
    assert.equal(r.metadata.outlet?.value.name, "HarbourAlert");
    assert.equal(r.metadata.dateline?.value.agency, "Reuters");
  });
  it("names the agency of a '(AP)' dateline by its usual name", () => {
    const { r } = read(["Ferry strike halts island crossings", "By Ola Berg", `OSLO (AP) — ${PARA_1}`, PARA_2, PARA_3]);
    assert.deepEqual(r.metadata.outlet?.value, { name: "Associated Press", abbreviation: "AP" });
  });
  it("opens the text at its wire dateline under the story's key points and photo caption", () => {
    const { body } = read([
      ...menu,
      "Ferry operator orders three new ships for the island route",
      "PUBLISHED WED, NOV 20 2019 4:29 AM EST",
      "Ola Berg",
      "KEY POINTS",
      "The ferry operator has ordered three new ships for the island route, its chief executive said on Wednesday.",
      "The order comes after a summer of breakdowns that stranded hundreds of travellers at the port.",
      "A ferry leaves the harbour at dawn on Monday, with the island in the distance behind it.",
      "Jo Roe | Harbour Photos | Getty Images",
      `OSLO, Norway — ${PARA_1}`,
      PARA_2,
      PARA_3,
    ]);
    assert.ok(body.startsWith("OSLO, Norway — Ferry crews"), body);
  });
  it("reads a sentence under the headline that a lead photo's caption parts from the text as the deck", () => {
    const { r, body } = read([
      ...menu,
      "Mira Solberg",
      "Opinion",
      "11.14.2019 09:00 AM",
      "The Ferry Is Late … Again",
      "Our island's crossings are being turned into a waiting game.",
      "Photograph: Jo Roe/Getty Images",
      PARA_1,
      PARA_2,
      PARA_3,
    ]);
    assert.equal(r.metadata.standfirst?.value, "Our island's crossings are being turned into a waiting game.");
    assert.equal(r.metadata.published?.value, "2019-11-14");
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Mira Solberg"],
    );
    assert.ok(body.startsWith(PARA_1), body);
  });
  it("keeps a first paragraph that no caption parts from the text", () => {
    const { r, body } = read([...menu, "Ferry strike halts island crossings", "By Ola Berg", PARA_1, PARA_2, PARA_3]);
    assert.equal(r.metadata.standfirst, undefined);
    assert.ok(body.startsWith(PARA_1), body);
  });
  it("reads the headline right over the date line under a strip of other stories' headlines in Title Case", () => {
    const { r } = read([
      ...menu,
      "New Harbour Crane Now Available",
      "First Impressions Praise the Island Bridge",
      "Ferry Timetable Changes in December",
      "Island Ferry With New Engines Expected in First Half of 2020",
      "Monday November 18, 2019 7:45 am PST by Ola Berg",
      PARA_1,
      PARA_2,
      PARA_3,
    ]);
    assert.equal(r.metadata.headline?.value, "Island Ferry With New Engines Expected in First Half of 2020");
  });
  it("leaves the post's labels under the last paragraph out of the body", () => {
    const { body } = read([
      "Ferry strike halts island crossings",
      "By Ola Berg",
      PARA_1,
      PARA_2,
      PARA_3,
      "Related Roundup: Ferries",
      "Tag: harbourledger.example",
      "Buyer's Guide: Ferry Tickets (Buy Now)",
      "[ 12 comments ]",
    ]);
    assert.ok(body.endsWith(PARA_3), body);
  });
  it("ends the article at the disclaimer that closes it, and keeps one the paragraphs go on after", () => {
    const disclaimer =
      "The views and opinions expressed in the article do not necessarily reflect those of the Ledger.";
    const closed = read([
      "Ferry strike halts island crossings",
      "By Ola Berg",
      PARA_1,
      PARA_2,
      PARA_3,
      disclaimer,
      "...",
      "Reddit",
      "553",
      "Comment via Facebook",
      "Post limit reached. Please try again.",
      "Ferry fares rise again in the new year after the strike",
    ]);
    assert.ok(closed.body.endsWith(PARA_3), closed.body);
    const kept = read([
      "Ferry strike halts island crossings",
      "By Ola Berg",
      PARA_1,
      disclaimer,
      PARA_2,
      PARA_3,
      PARA_4,
    ]);
    assert.ok(kept.body.endsWith(PARA_4), kept.body);
  });
  it("reads the byline of an analysis and a playlist of other stories over the first paragraph as no text", () => {
    const { r, body } = read([
      "Ferry strike halts island crossings",
      "Analysis by Ola Berg, Harbour Editor-at-large",
      "Updated 1909 GMT November 18, 2019",
      ...[
        "Union chief speaks",
        "Council: talks resume Friday",
        "Riders stranded at dawn",
        "Crews cheer at the port",
        "Timetable to change in May",
        "Port fees rise",
        "Island shop runs out of bread",
        "Captain retires after 40 years",
      ],
      PARA_1,
      PARA_2,
    ]);
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Ola Berg"],
    );
    assert.ok(body.startsWith(PARA_1), body);
  });
  it("keeps an article's own short lines over its first paragraph (an agenda, subheads)", () => {
    const { body } = read([
      "Board meeting of 5 August",
      "By Ola Berg",
      ...[
        "Time and place: 15.00 at the harbour office",
        "Members present: Ola Berg, Mira Solberg",
        "Minutes: Ola Berg",
      ],
      ...["Approval of the last minutes", "Ferry timetable for the winter"],
      PARA_1,
      PARA_2,
    ]);
    assert.ok(body.startsWith("Time and place"), body);
  });
  it("opens the text under the author's card that repeats the header's date", () => {
    const header = ["Ferry strike halts island crossings", "By Mira Solberg", "November 15, 2019"];
    const deck = "Crews walked out on the island route, and the port came to a standstill for the whole day.";
    const card = ["Jo Roe for the Harbour Ledger", "Mira Solberg", "Contributing Writer", "November 15, 2019"];
    const { body } = read([...header, deck, ...card, "View PDF/Print Mode", PARA_1, PARA_2]);
    assert.ok(body.startsWith(PARA_1), body);
    // The date alone, no author's name over it: a live blog's first entry, under its introduction.
    const live = read([...header, deck, "November 15, 2019", PARA_1, PARA_2]);
    assert.ok(live.body.startsWith(deck), live.body);
  });
  it("takes the name the page gives itself over an employer the bio names first", () => {
    const { r } = read([
      "Ferry strike halts island crossings",
      "By Mira Solberg",
      PARA_1,
      PARA_2,
      PARA_3,
      "Mira Solberg (@mira) is a contributor at HARBOURWIRE. She has covered ferries for The Daily Ledger and others.",
      "Subscribe to HARBOURWIRE and read more of our writers.",
      "More From HARBOURWIRE",
    ]);
    assert.equal(r.metadata.outlet?.value.name, "HARBOURWIRE");
  });
});

describe("a page's labels and widgets around the article (session 16 rules)", () => {
  const P1 = "Dock workers on the island walked out on Monday, and no ferry left the harbour before noon.";
  const P2 = "The union said that more than two thousand of its members had joined the strike by the evening.";
  const P3 = "Talks with the operator are due to resume on Thursday, a spokeswoman for the port authority said.";
  const read = (lines: string[]) => {
    const text = lines.join("\n");
    const r = readScrapedText(text);
    return { r, text, body: text.slice(r.body.start, r.body.end) };
  };
  it("reads a section's label of two words over the headline as its kicker (labelWords, labelOverHeadline)", () => {
    const { r, body } = read([
      "U.S. news",
      "Ferry strike halts island crossings",
      "May 4, 2021",
      "By Ola Berg",
      P1,
      P2,
    ]);
    assert.equal(r.metadata.headline?.value, "Ferry strike halts island crossings");
    assert.equal(r.metadata.kicker?.value, "U.S. news");
    assert.ok(body.startsWith(P1), body);
  });
  it("reads a label in capitals that repeats the menu's section as the kicker, and no other menu entry", () => {
    const menu = ["Home", "World", "Business", "Health", "Sport", "Culture"];
    const header = ["Ferry strike halts island crossings", "By Ola Berg", "May 4, 2021", P1, P2];
    assert.equal(read([...menu, "HEALTH", ...header]).r.metadata.kicker?.value, "HEALTH");
    assert.equal(read([...menu, "SEARCH QUOTES", ...header]).r.metadata.kicker, undefined);
    // A label in lower case among the text before the article is the page's, not a kicker.
    assert.equal(read([...menu, "About us", ...header]).r.metadata.kicker, undefined);
  });
  it("reads an agency named alone under the headline as the byline: the agency is the outlet, no person the author", () => {
    const { r, body } = read([
      "Ferry strike halts island crossings",
      "Crews walk out for a third day as talks stall",
      "Associated Press",
      "Published 11:26 pm EST, Tuesday, November 19, 2019",
      P1,
      P2,
    ]);
    assert.equal(r.metadata.outlet?.value.name, "Associated Press");
    assert.equal(r.metadata.authors, undefined);
    assert.ok(body.startsWith(P1), body);
  });
  it("reads a question in Title Case over a deck and the date line as the headline (isTitleCaseQuestion)", () => {
    const { r, body } = read([
      ...["Popular", "Latest", "Subscribe", "IDEAS"],
      "How Can the Island Keep Its Ferries Running?",
      "",
      "Strikes, storms and an old fleet leave the crossings at the mercy of every winter.",
      "",
      "AUGUST 23, 2020",
      "Ola Berg",
      "Professor of transport at the Harbour College",
      "JANE ROE / AP",
      "Link Copied",
      "",
      P1,
      "",
      P2,
      "",
      "Read: The ferry that never came",
      "",
      P3,
    ]);
    assert.equal(r.metadata.headline?.value, "How Can the Island Keep Its Ferries Running?");
    assert.ok(body.startsWith(P1), body);
  });
  it("dates 'Monday 5:30PM' by the page's other dates and reads the header over a post's counters", () => {
    const { r, body } = read([
      ...["Latest", "Reviews", "Science", "Design", "Field Guide"],
      "Recent from Ola Berg",
      "Port fees rise for the third year in a row",
      "Ola Berg11/13/19 11:00AM",
      "Why the old bridge will close for two years",
      "Ola Berg11/12/19 4:40PM",
      "FERRIES",
      "Ferry strike halts island crossings",
      "Ola Berg",
      "Monday 5:30PM",
      "•",
      "Filed to:",
      "STRIKES",
      "84.1K",
      "108",
      "2",
      P1,
      P2,
    ]);
    assert.equal(r.metadata.headline?.value, "Ferry strike halts island crossings");
    assert.equal(r.metadata.published?.value, "2019-11-18T17:30");
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Ola Berg"],
    );
    assert.ok(body.startsWith(P1), body);
    // Without a full date on the page, the weekday dates nothing.
    assert.equal(
      read(["Ferry strike halts island crossings", "Monday 5:30PM", P1, P2]).r.metadata.published,
      undefined,
    );
  });
  it("reads the last entry of a 'Home' breadcrumb over the headline as the kicker, and not a lone menu label", () => {
    const menu = ["World", "Business", "Health", "Sport", "Culture"];
    const title = "Are ferry strikes good for the island?";
    const header = [title, "Ola Berg", "Updated Mar 12, 2020 @ 10:42 am", P1, P2];
    assert.equal(read([...menu, "Home", "Travel", title, ...header]).r.metadata.kicker?.value, "Travel");
    assert.equal(read([...menu, "Home", "Travel", ...header]).r.metadata.kicker?.value, "Travel");
    assert.equal(read([...menu, "Follow us", "Travel", ...header]).r.metadata.kicker, undefined);
  });
  it("reads a headline in capitals over its byline in capitals as the headline, not a link (overHeaderAnchor)", () => {
    const { r } = read([
      "Wed, Nov 20, 2019",
      ...["Home", "World", "Business", "Health", "Sport", "Culture"],
      "FERRY STRIKE HALTS ISLAND CROSSINGS FOR A THIRD DAY",
      "BY OLA BERG ON 11/13/19 AT 4:00 PM EST",
      P1,
      P2,
    ]);
    assert.equal(r.metadata.headline?.value, "FERRY STRIKE HALTS ISLAND CROSSINGS FOR A THIRD DAY");
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["OLA BERG"],
    );
    assert.ok(r.metadata.published?.value.startsWith("2019-11-13"));
  });
  it("leaves the story's tags over the first paragraph out of the text, and keeps a subhead (afterLeadTags)", () => {
    const header = ["Ferry strike halts island crossings", "By Ola Berg", "May 4, 2021", "SHARE"];
    assert.ok(read([...header, "FERRIES", "STRIKES", "ISLANDS", "", P1, P2]).body.startsWith(P1));
    // Two labels are no list of tags; labels set apart by blank lines are subheads.
    assert.ok(read([...header, "FERRIES", "STRIKES", "", P1, P2]).body.startsWith("FERRIES"));
    assert.ok(read([...header, "Ferries", "", "Strikes", "", "Islands", "", P1, P2]).body.startsWith("Ferries"));
  });
  it("leaves a story's highlights out of the text (afterHighlights)", () => {
    const header = ["Ferry strike halts island crossings", "May 4, 2021 - 07:50 GMT"];
    const { body } = read([...header, "Highlights", P3, "", P1, "", P2, "", P3]);
    assert.ok(body.startsWith(P1), body);
    // A paragraph that opens with the word is the article's.
    const own = read([...header, "Highlights of the day were few.", "", P1, "", P2]);
    assert.ok(own.body.startsWith("Highlights of the day"), own.body);
  });
  it("leaves a video's label and its clip's title over the first paragraph out of the text (videoTitles)", () => {
    const header = ["Ferry strike halts island crossings", "May 4, 2021", "Ola Berg"];
    const { body } = read([...header, "VIDEO03:45", "Why the ferry operator is a defensive buy: Pro", "", P1, "", P2]);
    assert.ok(body.startsWith(P1), body);
  });
  it("ends the article at 'Explore further' and at a 'Disclaimer' link", () => {
    const header = ["Ferry strike halts island crossings", "May 4, 2021", "By Ola Berg"];
    for (const heading of ["Explore further", "Disclaimer"]) {
      const { body } = read([...header, P1, P2, P3, heading, "Ferry crews strike again", P1, P2, P3]);
      assert.ok(body.endsWith(P3) && !body.includes(heading), body);
    }
  });
  it("ends the article before a subscription box with a single label among its prompts (footerLabelsAfter)", () => {
    const header = ["Ferry strike halts island crossings", "May 4, 2021", "By Ola Berg"];
    const box = [
      "SUBSCRIBE",
      "Subscribe now",
      "SUBSCRIBE",
      "Subscribe now",
      "SUBSCRIBE",
      "Free access to 40+ editions",
    ];
    const { body } = read([...header, P1, P2, P3, ...box]);
    assert.ok(body.endsWith(P3), body);
  });
  it("reads the headline set twice as no deck, and a long agency caption over the highlights as no text", () => {
    const headline = "Ferry Strike Halts Island Crossings for a Third Day";
    const caption =
      "A ferry leaves the island harbour at dawn on May 3, 2021, as crews prepare for the strike that the union called on the eve of the talks. The island's mayor hailed the operator's offer, but the union pledged new measures to oppose the cuts to the winter timetable on every route and island. Ola BERG / AFP";
    const { r, body } = read([
      headline,
      headline,
      "Published May 4th, 2021 - 07:29 GMT",
      caption,
      "Highlights",
      P3,
      "",
      P1,
      "",
      P2,
      "",
      P3,
    ]);
    assert.equal(r.metadata.standfirst, undefined);
    assert.ok(body.startsWith(P1), body);
  });
  it("credits an institution named in the byline as the author, whole", () => {
    const { r } = read(["Ferry strike halts island crossings", "May 4, 2021", "by Northern Space Agency", P1, P2]);
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Northern Space Agency"],
    );
  });
});

describe("a long menu between the article and a lone notice (session 20, MID_MENU_MIN_ENTRIES)", () => {
  const sections = Array.from({ length: 24 }, (_, k) => `Section ${String.fromCharCode(65 + k)}`);
  const furnitureText = (text: string) => {
    const r = readScrapedText(text);
    return (r.boilerplate ?? []).map((b) => text.slice(b.start, b.end));
  };

  it("marks the menu when no article follows it, only a notice", () => {
    const text = [
      "Ferry Operator Names a New Chief Engineer",
      "By Mira Solberg",
      para(1),
      para(2),
      para(3),
      ...sections,
      "Tide tables are provided by the harbour office and may be delayed by up to twenty minutes, the office says.",
    ].join("\n");
    const marked = furnitureText(text);
    for (const s of sections) assert.ok(marked.includes(s), s);
  });

  it("keeps a long list that the article goes on after", () => {
    const text = [
      "Ferry Operator Names a New Chief Engineer",
      "By Mira Solberg",
      para(1),
      ...sections,
      para(2),
      para(3),
      para(4),
    ].join("\n");
    const marked = furnitureText(text);
    for (const s of sections) assert.ok(!marked.includes(s), s);
  });
});

describe("a deck between the headline and the byline, under a page that dates itself (session 20)", () => {
  it("starts the header at the headline over the deck, not at the page's own date line (headlineOverDeckOverAnchor)", () => {
    const text = [
      "HARBOUR MEDIA, A MARITIME GROUP COMPANY",
      "Harbour Media is a group of companies in the worlds of shipping news, tide data and island radio",
      "Tide Desk",
      "Harbour Radio",
      "Island Weekly",
      "Ferry Data",
      "Port Jobs",
      "March 4, 2021",
      "Home",
      "Islands",
      "Ferries",
      "Ferry Operator Names a New Chief Engineer for the Island Route",
      "The appointment comes after a winter of cancellations and a row over the timetable.",
      "By Mira Solberg",
      "March 3, 2021 7:15 am",
      para(1),
      para(2),
    ].join("\n");
    const r = readScrapedText(text);
    assert.equal(r.metadata.headline?.value, "Ferry Operator Names a New Chief Engineer for the Island Route");
    assert.ok(text.slice(r.body.start).startsWith("Paragraph 1"), text.slice(r.body.start, r.body.start + 40));
  });
});

describe("a lead photo's caption over its credit, where the article's text has no headline (session 20)", () => {
  const text = [
    "Mira Solberg speaks at the harbour office last week.",
    "(Ole Brandt / Harbour Gazette)",
    "By Jane Roe",
    "Feb. 19, 2020",
    "4 AM",
    "Facebook",
    "Twitter",
    para(1),
    para(2),
  ].join("\n");
  const r = readScrapedText(text);
  it("reads neither the caption, its credit nor the time of day as the headline", () => {
    assert.equal(r.metadata.headline, undefined);
  });
  it("marks the caption as the lead photo's", () => {
    const caption = r.boilerplate.find((b) => text.slice(b.start, b.end).startsWith("Mira Solberg speaks"));
    assert.equal(caption?.kind, "caption");
  });
  it("still reads the byline and the date", () => {
    assert.deepEqual(
      r.metadata.authors?.value.map((a) => a.name),
      ["Jane Roe"],
    );
    assert.equal(r.metadata.published?.value, "2020-02-19");
  });
});

describe("a menu's first entry over the page's teaser is no headline over a standfirst (session 20)", () => {
  const labels = ["Tides", "Ferries", "Islands", "Weather", "Jobs", "Sport", "Opinion", "Letters", "Podcasts"];
  it("starts the article at its own header, under the menus (anchoredProse)", () => {
    const text = [
      "Guide to the Harbour Islands",
      ...labels,
      "Thursday March 4, 2021 'Keep the night ferry': Island voters say...",
      "Thursday March 4, 2021",
      ...labels.map((l) => `${l} Desk`),
      "Ferry Operator Names a New Chief Engineer for the Island Route",
      "by Mira Solberg",
      "| March 3, 2021 7:15 AM",
      para(1),
      para(2),
      para(3),
    ].join("\n");
    const r = readScrapedText(text);
    assert.equal(r.metadata.headline?.value, "Ferry Operator Names a New Chief Engineer for the Island Route");
    assert.ok(text.slice(r.body.start).startsWith("Paragraph 1"), text.slice(r.body.start, r.body.start + 40));
  });
  it("reads no picture's credit label as the headline", () => {
    const text = ["Photo: Harbour Archive", "By Mira Solberg", "March 3, 2021", para(1), para(2)].join("\n");
    assert.notEqual(readScrapedText(text).metadata.headline?.value, "Photo: Harbour Archive");
  });
});

describe("an author's card in her own words, over and under the article (session 20, isFirstPersonBio)", () => {
  const bio = "I am a writer, sailor and professor of maritime history, and I cover the islands for this site.";
  const text = [
    "Ferry Operator Names a New Chief Engineer for the Island Route",
    "Mira Solberg",
    "Senior Contributor",
    "Islands",
    bio,
    "The new engineer at the harbour office. (Photo: Harbour Archive)",
    "GETTY",
    para(1),
    para(2),
    para(3),
    "Follow me on Twitter or LinkedIn.",
    "Mira Solberg",
    bio,
    "...",
  ].join("\n");
  const r = readScrapedText(text);
  const body = text.slice(r.body.start, r.body.end);
  it("starts the body at the first paragraph, past the card, its section label and the photo's credit", () => {
    assert.ok(body.startsWith("Paragraph 1"), body.slice(0, 60));
  });
  it("ends the body before the card repeated under the article, and gives the author that bio", () => {
    assert.ok(!body.includes(bio), body.slice(-80));
    const author = r.metadata.authors?.value[0];
    assert.equal(author?.name, "Mira Solberg");
    assert.ok(author?.bio, "a bio");
    assert.equal(text.slice(author.bio.start, author.bio.end), bio);
  });
});

describe("an embedded player labelled 'Video' without its running time (session 20, VIDEO_LABEL)", () => {
  it("marks the label and the clip's title over the text", () => {
    const text = [
      "Ferry Operator Names a New Chief Engineer",
      "By Mira Solberg",
      "Video",
      "Harbour storm: the night the ferry turned back",
      para(1),
      para(2),
    ].join("\n");
    const r = readScrapedText(text);
    assert.ok(text.slice(r.body.start).startsWith("Paragraph 1"), text.slice(r.body.start, r.body.start + 40));
  });
  it("leaves a menu's 'Video' entry over a one-word label to the menu rules", () => {
    const marked = (text: string) =>
      readScrapedText(text)
        .boilerplate.filter((b) => b.rule === "boilerplate:video-label")
        .map((b) => text.slice(b.start, b.end));
    assert.deepEqual(
      marked(["Ferry Operator Names a New Chief Engineer", para(1), "Video", "Politics", para(2)].join("\n")),
      [],
    );
  });
});

describe("a headline in Title Case over a photo's credit stays the headline (session 20)", () => {
  it("reads it as the headline, not the photo's caption", () => {
    const text = [
      "The Ferry Is Late Again. Nobody Says Why.",
      "",
      "(Ole Brandt / Harbour Gazette)",
      "",
      para(1),
      para(2),
    ].join("\n");
    assert.equal(readScrapedText(text).metadata.headline?.value, "The Ferry Is Late Again. Nobody Says Why.");
  });
});

describe("readScrapedText: a story the site republishes under its own name", () => {
  // Breadcrumb ending in the headline, "By / <the site's name>", the date, share buttons, the source's credit, then the
  // writer's own byline: the person is the author, the credit is no headline.
  const lines = [
    "Home Harbour The Ferry Timetable Is Rewritten for Winter",
    "Harbour Transport Council (HTC)",
    "Harbour",
    "The Ferry Timetable Is Rewritten for Winter",
    "By",
    "The Island Press",
    "-",
    "January 9, 2021",
    "Facebook",
    "Twitter",
    "Tumblr",
    "Viber",
    "",
    "Courtesy of Harbour Transport News",
    "",
    "Written by: Mara Kovac",
    "",
    para(1),
    "",
    para(2),
  ];
  // The page as scraped whole (menus over it) and the article's container alone (the breadcrumb first).
  const pages: [string, string][] = [
    ["whole page", ["Home", "About", "Harbour", "Islands", "Weather", "Search", ...lines].join("\n")],
    ["article container", lines.join("\n")],
  ];
  for (const [name, text] of pages) {
    it(name, () => {
      const r = readScrapedText(text);
      assert.equal(r.metadata.headline?.value, "The Ferry Timetable Is Rewritten for Winter");
      assert.deepEqual(
        r.metadata.authors?.value.map((a) => a.name),
        ["Mara Kovac"],
      );
      assert.equal(r.metadata.published?.value, "2021-01-09");
      assert.ok(slice(text, r.body).startsWith("Paragraph 1 "), slice(text, r.body).slice(0, 60));
    });
  }
});

describe("readScrapedText: a personal site's owner as the author", () => {
  // [the notice at the foot of the page, the authors read]
  const rows: [string, string[] | undefined][] = [
    ["Copyright (c) 2015- Mara Kovac. All rights reserved.", ["Mara Kovac"]],
    ["© 2021 Harbour Ferry Company. All rights reserved.", undefined],
  ];
  for (const [notice, authors] of rows) {
    it(notice, () => {
      const text = [
        "Home",
        "Blog",
        "Notes",
        "Talks",
        "Why the Night Ferry Keeps Running Late",
        "March 2, 2021 at 08:45 AM | categories: Ferries | View Comments",
        "",
        para(1),
        "",
        para(2),
        "",
        notice,
      ].join("\n");
      const r = readScrapedText(text);
      assert.equal(r.metadata.headline?.value, "Why the Night Ferry Keeps Running Late");
      assert.deepEqual(
        r.metadata.authors?.value.map((a) => a.name),
        authors,
      );
    });
  }
});

describe("readScrapedText: a story's credits close it", () => {
  it("ends the body at the credit line, with the writer's bio and the page's teasers after it set aside", () => {
    const text = [
      "Ferry Riders Wait Again as the Night Service Stalls",
      "By Mara Kovac | Harbour News",
      "",
      para(1),
      "",
      para(2),
      "",
      para(3),
      "",
      "Harbour News' Jo Lee contributed to this report.",
      "",
      "Mara is a transport reporter for Harbour News.",
      "",
      "On the Waterfront",
      "Tide tables for the week ahead",
      "Island cafe wins a prize",
      "Why gulls follow the morning boat",
      "Council votes on new pier",
    ].join("\n");
    const r = readScrapedText(text);
    assert.ok(slice(text, r.body).endsWith(para(3)), slice(text, r.body).slice(-80));
    const bio = r.metadata.authors?.value[0]?.bio;
    assert.ok(bio, "a bio for the author");
    assert.equal(slice(text, bio), "Mara is a transport reporter for Harbour News.");
  });
});

describe("readScrapedText: 'Video' alone between paragraphs", () => {
  it("is an embedded player's label, not the article's text", () => {
    const text = ["Ferry Riders Wait Again", "By Mara Kovac", "", para(1), "", "Video", "", para(2), "", para(3)].join(
      "\n",
    );
    const r = readScrapedText(text);
    const label = r.boilerplate.find((b) => slice(text, b) === "Video");
    assert.equal(label?.kind, "related");
  });
});

describe("readScrapedText: a list's heading in capitals closes the article", () => {
  const tail = (heading: string) =>
    [
      "Ferry Riders Wait Again as the Night Service Stalls",
      "By Mara Kovac",
      "",
      para(1),
      "",
      para(2),
      "",
      para(3),
      "",
      heading,
      "",
      "Island cafe wins a prize for its chowder this year",
      "",
      para(4),
      "",
      para(5),
    ].join("\n");
  // [the heading, whether the body ends before it]
  const rows: [string, boolean][] = [
    // Glued by the scraper, so no heading pattern reads it; the furniture rule does.
    ["RELATED ARTICLESMORE FROM AUTHOR", true],
    // In sentence case the same rule reads a link between paragraphs, and the article goes on after it.
    ["Related: Island cafe wins a prize", false],
  ];
  for (const [heading, closes] of rows) {
    it(heading, () => {
      const text = tail(heading);
      const r = readScrapedText(text);
      assert.equal(slice(text, r.body).endsWith(para(3)), closes, slice(text, r.body).slice(-60));
    });
  }
});
