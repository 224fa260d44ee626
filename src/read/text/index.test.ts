import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readScrapedText } from "./index.js";

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
