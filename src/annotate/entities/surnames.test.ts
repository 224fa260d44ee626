import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../analyze.js";
import { sentencesAnnotator } from "../sentences/index.js";
import { tokensAnnotator } from "../tokens/index.js";
import { entitiesAnnotator } from "./index.js";
import { mentionsAnnotator } from "./mentions.js";

const PIPELINE = [tokensAnnotator, sentencesAnnotator, mentionsAnnotator, entitiesAnnotator];

/** The name of the entity holding the mention that starts where `needle` starts in `text`. */
function ownerAt(text: string, needle: string): string | undefined {
  const doc = analyze(text, { pipeline: PIPELINE, mediaType: "text/plain" });
  const at = text.indexOf(needle);
  return doc.layers.entities?.find((e) => e.mentions.some((m) => m.start === at))?.name;
}

describe("a surname several people share", () => {
  const rows: [string, string, string, string][] = [
    [
      "after an office title: not the relative introduced as such",
      "Tomas Brandt spoke in Oslo. His daughter Alma Brandt joined him later. President Brandt then left.",
      "Brandt then left",
      "Tomas Brandt",
    ],
    [
      "after an office title: not the spouse introduced as first lady",
      "Tomas Brandt took office in May. First lady Alma Brandt hosted the dinner. President Brandt asked a question.",
      "Brandt asked",
      "Tomas Brandt",
    ],
    [
      "without a title: the person named last, as before",
      "Tomas Brandt spoke in Oslo. His daughter Alma Brandt joined him later. Brandt then left.",
      "Brandt then left",
      "Alma Brandt",
    ],
  ];
  for (const [name, text, needle, owner] of rows) it(name, () => assert.equal(ownerAt(text, needle), owner));
});
