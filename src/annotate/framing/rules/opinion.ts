/**
 * Opinion in the author's voice: markers of summary, evaluation or prescription outside quotes ("In summary:",
 * "clearly", "undoubtedly", "it is obvious that", "I believe", "should", "must"). A news report attributes its
 * judgements; an unattributed marker shows the author judging. The span is the marker. The markers are written
 * for Sift (origin as in ../lexicon.ts).
 */
import type { FramingCue } from "../../../core/document.js";
import type { SentenceInfo, TokenInfo } from "../features.js";
import { compileLexicon } from "../lexicon.js";
import { type FramingContext, type FramingRule, isQuestion } from "./context.js";

/** The prescriptions' reason: the markers below are read for whose prescription they are. */
const PRESCRIPTION = "a prescription in the author's voice";

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
  [["should", "must", "ought to", "needs to", "has to be"], PRESCRIPTION],
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

/** Words that open a subject: "should" before one is a conditional's inversion ("should he win, …"). */
const SUBJECT_OPENERS = new Set(
  "he she they it we i you there the a an this that these those his her their its our my any anyone someone".split(" "),
);
/** Words that open an indirect question or a content clause whose "should" is debated or held by others. */
const EMBEDDING_WORDS = new Set(
  "whether how what why idea notion belief view argument case claim demand insistence assumption premise presumption conviction say says said saying argue argues argued arguing believe believes believed think thinks thought insist insists insisted suggest suggests suggested contend contends contended".split(
    " ",
  ),
);
/** How far back an embedding word may stand before the prescription, within its clause. */
const EMBEDDING_REACH = 8;

/**
 * A prescription that is not the author's: "should" inverted for a condition ("to resign should she win the
 * nominee"), inside an indirect question or the content of someone's view ("a debate over whether the suspect
 * should be tried", "the notion that the board should spend whatever it must", "critics say the city should pay"),
 * or in a question, which asks rather than prescribes.
 */
function notAuthorsPrescription(ctx: FramingContext, s: SentenceInfo, a: number, b: number): boolean {
  const marker = s.tokens[a];
  const next = s.tokens[b];
  // "…, nor should it", "neither should you": inverted after a negative, it is a prescription all the same.
  const inverted = marker?.lower === "should" && !/^(?:neither|nor|so)$/.test(s.tokens[a - 1]?.lower ?? "");
  if (inverted && next && (SUBJECT_OPENERS.has(next.lower) || /^\p{Lu}/u.test(ctx.text.slice(next.start, next.end))))
    return true;
  if (isQuestion(ctx.text, s)) return true;
  for (let k = a - 1; k >= 0 && k >= a - EMBEDDING_REACH; k--) {
    const t = s.tokens[k] as TokenInfo;
    // A comma, a colon or a dash closes the clause: "If the bill fails, Congress should act" is the author's.
    if (/^[,;:—–(]$/.test(t.lower)) return false;
    if (EMBEDDING_WORDS.has(t.lower)) return true;
  }
  return false;
}

function opinionCues(ctx: FramingContext): FramingCue[] {
  const cues: FramingCue[] = [];
  for (const s of ctx.article.sentences) {
    for (const { lexicon, why } of LEXICONS) {
      for (const [a, b] of ctx.lexiconHits(lexicon, s)) {
        const first = s.tokens[a];
        let last = s.tokens[b - 1];
        if (!first || !last || ctx.speakerVoice(first)) continue;
        if (why === PRESCRIPTION && notAuthorsPrescription(ctx, s, a, b)) continue;
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
