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
