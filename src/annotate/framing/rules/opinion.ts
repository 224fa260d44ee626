/**
 * Opinion in the author's voice: markers of summary, evaluation or prescription outside quotes ("In summary:",
 * "clearly", "undoubtedly", "it is obvious that", "I believe", "should", "must"). A news report attributes its
 * judgements; an unattributed marker shows the author judging. The span is the marker. The markers are written
 * for Sift (origin as in ../lexicon.ts).
 */
import type { FramingCue } from "../../../core/document.js";
import { compileLexicon } from "../lexicon.js";
import type { FramingContext, FramingRule } from "./context.js";

/** Marker → why it signals opinion. */
const MARKERS: readonly [readonly string[], string][] = [
  [
    ["in summary", "in short", "in conclusion", "to sum up", "all in all", "the bottom line"],
    "a summary that tells the reader what to conclude",
  ],
  [
    [
      "clearly",
      "obviously",
      "undoubtedly",
      "undeniably",
      "unquestionably",
      "without doubt",
      "without a doubt",
      "no doubt",
      "needless to say",
      "it is obvious that",
      "it is clear that",
      "it's clear that",
      "it is evident that",
      "evidently",
      "of course",
      "surely",
    ],
    "certainty asserted, not shown",
  ],
  [
    [
      "sadly",
      "unfortunately",
      "fortunately",
      "thankfully",
      "regrettably",
      "shamefully",
      "ironically",
      "tellingly",
      "rightly",
      "wrongly",
    ],
    "an evaluation by the author",
  ],
  [
    ["i think", "i believe", "i feel", "in my view", "in my opinion", "we believe", "we think", "to my mind"],
    "first-person evaluation",
  ],
  [["should", "must", "ought to", "needs to", "has to be"], "a prescription in the author's voice"],
  [
    // "That's good news for investors.": the author tells the reader how to take what was just reported. (Entries
    // are token sequences: the tokenizer splits "That's" into "That" and "'s".)
    [
      "that 's good news",
      "that ’s good news",
      "that is good news",
      "that 's bad news",
      "that ’s bad news",
      "that is bad news",
      "the good news is",
      "the bad news is",
    ],
    "a verdict on the news by the author",
  ],
];

const LEXICONS = MARKERS.map(([entries, why]) => ({ lexicon: compileLexicon("opinion", entries), why }));

function opinionCues(ctx: FramingContext): FramingCue[] {
  const cues: FramingCue[] = [];
  for (const s of ctx.article.sentences) {
    for (const { lexicon, why } of LEXICONS) {
      for (const [a, b] of ctx.lexiconHits(lexicon, s)) {
        const first = s.tokens[a];
        let last = s.tokens[b - 1];
        if (!first || !last || ctx.speakerVoice(first)) continue;
        // "In summary:" keeps its colon: the marker as written.
        const after = s.tokens[b];
        if (after && ctx.text.slice(after.start, after.end) === ":") last = after;
        const marker = ctx.text.slice(first.start, last.end);
        cues.push({
          kind: "opinion",
          start: first.start,
          end: last.end,
          note: `"${marker}": ${why}`,
          rule: "framing:opinion-marker",
        });
      }
    }
  }
  return cues;
}

export const opinionRule: FramingRule = { name: "opinion", readsEnglish: true, apply: opinionCues };
