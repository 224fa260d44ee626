import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { profileLine } from "./analyze.js";

describe("profileLine (sift analyze --profile)", () => {
  const rows: [string, Parameters<typeof profileLine>, string][] = [
    [
      "reading is what analyze spent outside its stages",
      [
        "a.txt",
        [
          { stage: "tokens", ms: 2 },
          { stage: "sentences", ms: 3 },
        ],
        12,
      ],
      "sift: profile a.txt: read 7.0, tokens 2.0, sentences 3.0; total 12 ms",
    ],
    [
      "the encoder refinement and matching after the pipeline count in the total",
      ["-", [{ stage: "tokens", ms: 1.25 }], 2, 40],
      "sift: profile -: read 0.8, tokens 1.3, after pipeline (encoder, matching) 40; total 42 ms",
    ],
    [
      "a clock that ran backwards never gives reading a negative time",
      ["b.txt", [{ stage: "quotes", ms: 5 }], 4.5],
      "sift: profile b.txt: read 0.0, quotes 5.0; total 4.5 ms",
    ],
  ];
  for (const [name, args, expected] of rows) it(name, () => assert.equal(profileLine(...args), expected));
});
