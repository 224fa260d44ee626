import assert from "node:assert/strict";
import { test } from "node:test";
import { analyze } from "../../analyze.js";
import type { Block, Document } from "../../core/document.js";
import { testDocument } from "../../core/test-document.js";
import { timesAnnotator } from "./index.js";

const TEXT =
  "WATCH: Happy New Year – Putin sends Russian forces home from Syria\n\n\nDecember 12, 2017 – FRN – \n\n" +
  "- Advertisement -\n\nOn December 6, the Chief of the General Staff spoke. On December 11, Putin flew to Syria.\n\n" +
  "Subscribe to our newsletter. Offer ends January 31.";

function documentOf(text: string, body: { start: number; end: number }, blocks: Block[], published?: string): Document {
  return testDocument(text, {
    body,
    metadata:
      published === undefined ? {} : { published: { value: published, provenance: { source: "test", confidence: 1 } } },
    layers: { blocks },
  });
}

const bodyStart = TEXT.indexOf("On December 6");
const bodyEnd = TEXT.indexOf("Subscribe") - 2;
const datelineStart = TEXT.indexOf("December 12");
const blocks: Block[] = [
  { kind: "headline", start: 0, end: TEXT.indexOf("\n") },
  { kind: "dateline", start: datelineStart, end: TEXT.indexOf("FRN") + 3 },
  { kind: "paragraph", start: bodyStart, end: bodyEnd },
];

test("the times annotator reads the body, headline and dateline, anchored to the publication date", () => {
  const doc = documentOf(TEXT, { start: bodyStart, end: bodyEnd }, blocks, "2017-12-12");
  const times = timesAnnotator.annotate(doc, {});
  assert.deepEqual(
    times.map((t) => [TEXT.slice(t.start, t.end), t.value, t.certainty]),
    [
      ["December 12, 2017", "2017-12-12", "stated"],
      ["December 6", "2017-12-06", "inferred"],
      ["December 11", "2017-12-11", "inferred"],
    ],
  );
});

test("the context's anchor wins over the publication date", () => {
  const doc = documentOf(TEXT, { start: bodyStart, end: bodyEnd }, blocks, "2017-12-12");
  const times = timesAnnotator.annotate(doc, { anchor: "2018-01-10" });
  assert.equal(times.find((t) => TEXT.slice(t.start, t.end) === "December 6")?.value, "2017-12-06");
});

test("without an anchor the year stays unknown", () => {
  const doc = documentOf(TEXT, { start: bodyStart, end: bodyEnd }, []);
  const times = timesAnnotator.annotate(doc, {});
  assert.deepEqual(
    times.map((t) => t.value),
    ["XXXX-12-06", "XXXX-12-11"],
  );
});

test("an undated article whose dateline states the year anchors relative dates to the dateline's date", () => {
  const text =
    "Talks resume\n\nWASHINGTON, August 11, 2019 (Xinhua) -- Officials said on Monday that talks would resume. Yesterday the envoy met the minister.\n";
  const doc = analyze(text, { mediaType: "text/plain" });
  assert.equal(doc.metadata.published?.value, "2019-08-11");
  const value = (t: string) => doc.layers.times?.find((x) => doc.text.slice(x.start, x.end) === t)?.value;
  assert.equal(value("Monday"), "2019-08-05");
  assert.equal(value("Yesterday"), "2019-08-10");
});

/** A page whose reader found no publication date: a headline, an optional header line, then the body. */
function undatedPage(header: string, body: string): { doc: Document; text: string } {
  const headline = "Harbour ferry fares to rise";
  const text = `${headline}\n${header}\n\n${body}\n`;
  const bodyStart = text.indexOf(body);
  const blocks: Block[] = [{ kind: "headline", start: 0, end: headline.length }];
  if (header !== "")
    blocks.push({ kind: "byline", start: headline.length + 1, end: headline.length + 1 + header.length });
  blocks.push({ kind: "paragraph", start: bodyStart, end: bodyStart + body.length });
  return { doc: documentOf(text, { start: bodyStart, end: bodyStart + body.length }, blocks), text };
}

test("a page with no publication date anchors relative dates on the full date its own lines state", () => {
  const rows: [string, string, string, string, string | undefined][] = [
    // [why, header line, body, expression, its value]
    [
      "the byline's date is read and anchors the body's weekday",
      "By Ada Brook Updated Mar. 4, 2021 9:10 am ET",
      "The council voted on Wednesday to raise fares.",
      "Wednesday",
      "2021-03-03",
    ],
    [
      "the byline's own date is a date of the page",
      "By Ada Brook Updated Mar. 4, 2021 9:10 am ET",
      "The council voted on Wednesday to raise fares.",
      "Mar. 4, 2021",
      "2021-03-04",
    ],
    [
      "a stated date in the opening of the body anchors when the header has none",
      "",
      "Posted Jun 2, 2020 at 3:00 PM. The council voted last Friday to raise fares.",
      "last Friday",
      "2020-05-29",
    ],
    [
      "a byline with its date scraped into the opening of the body anchors",
      "",
      "By Ada Brook and Ben Cole Updated Mar. 4, 2021, 9:10am EST\nThe council voted on Wednesday to raise fares.",
      "Wednesday",
      "2021-03-03",
    ],
    [
      "a date line deep in the body anchors when nothing earlier does (the body began in the menus)",
      "",
      `Home\nNews\n${"Sports scores and weather for the week ahead\n".repeat(40)}Fares to rise\nMarch 4, 2021 at 9:10 am\nThe council voted on Wednesday.`,
      "Wednesday",
      "2021-03-03",
    ],
    [
      "a full date inside a sentence of the body is another day's, and anchors nothing",
      "",
      "A photo taken on Jun 2, 2015 shows the old pier. The council voted last Friday to raise fares.",
      "last Friday",
      "XXXX-WXX-5",
    ],
    [
      "with no full date anywhere the year stays unknown",
      "",
      "The council voted on Wednesday to raise fares from June 1.",
      "June 1",
      "XXXX-06-01",
    ],
  ];
  for (const [why, header, body, expression, value] of rows) {
    const { doc, text } = undatedPage(header, body);
    const times = timesAnnotator.annotate(doc, {});
    assert.equal(times.find((t) => text.slice(t.start, t.end) === expression)?.value, value, why);
  }
});

test("a date deep in the body does not anchor an undated page", () => {
  const filler = "The ferry runs every hour between the two piers. ".repeat(40);
  const { doc, text } = undatedPage("", `Fares rise on Monday. ${filler}The service opened on May 5, 1998.`);
  const times = timesAnnotator.annotate(doc, {});
  assert.equal(times.find((t) => text.slice(t.start, t.end) === "Monday")?.value, "XXXX-WXX-1");
});

test("the line the publication date was read from is read for dates even when it is no block", () => {
  const text = "Harbour ferry fares to rise\nMay 5, 2021 6:30 AM\n\nThe council voted on Tuesday.\n";
  const bodyStart = text.indexOf("The council");
  const doc = testDocument(text, {
    body: { start: bodyStart, end: text.length - 1 },
    metadata: {
      published: {
        value: "2021-05-05",
        provenance: { source: "test", confidence: 1, span: { start: 28, end: 39 } },
      },
    },
    layers: { blocks: [{ kind: "paragraph", start: bodyStart, end: text.length - 1 }] },
  });
  const times = timesAnnotator.annotate(doc, {});
  assert.deepEqual(
    times.map((t) => [text.slice(t.start, t.end), t.value]),
    [
      ["May 5, 2021", "2021-05-05"],
      ["Tuesday", "2021-05-04"],
    ],
  );
});

test("a photo caption outside the body gives its dates, and anchors none", () => {
  const text =
    "Court rules on river permits\n\nProtesters gather outside the court in Harbourton, Thursday, October 31, 2019.\n\n" +
    "The court ruled on Monday that the permits were void.";
  const caption = { start: text.indexOf("Protesters"), end: text.indexOf("2019.") + 5 };
  const body = { start: text.indexOf("The court"), end: text.length };
  const doc = testDocument(text, {
    body,
    layers: {
      blocks: [{ kind: "headline", start: 0, end: text.indexOf("\n") }],
      boilerplate: [{ ...caption, kind: "caption", rule: "test" }],
    },
  });
  const times = timesAnnotator.annotate(doc, {});
  assert.deepEqual(
    times.map((t) => [text.slice(t.start, t.end), t.value]),
    [
      ["Thursday, October 31, 2019", "2019-10-31"],
      ["Monday", "XXXX-WXX-1"],
    ],
  );
});
