/**
 * Reads the Propaganda Techniques Corpus (SemEval-2020 Task 11 format) and splits it for training and reporting.
 *
 * The corpus here is the only propaganda data the project has, so it is split by article id: an article is held
 * out for reporting when the FNV-1a hash of its id falls in the last fifth (hash mod 5 = 4), about 20% of the
 * articles; the rest train the models. A hash (not the rank in a sorted list) keeps an article on the same side
 * when articles are added or removed. Inside the training part, the hash also assigns cross-validation folds
 * (`foldOf`), on which training fits the span scorer's context stage and thresholds without touching the
 * held-out part.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fnv1a } from "../../core/fnv.js";
import { sharedData } from "../../core/paths.js";

export interface PtcSpan {
  readonly start: number;
  readonly end: number;
  readonly technique: string;
}

export interface PtcArticle {
  readonly id: string;
  readonly text: string;
  /** Technique-labelled spans (task 2); a span with two techniques appears twice. */
  readonly spans: readonly PtcSpan[];
  /** Technique-agnostic spans (task 1). */
  readonly siSpans: readonly { readonly start: number; readonly end: number }[];
}

export const ptcDir: string = join(sharedData, "propaganda", "ptc");

/** The split hashes article ids with FNV-1a: fixed and dependency-free. */
export { fnv1a };

/** Held out for reporting (about 20%). */
export const isHeldOut = (id: string): boolean => fnv1a(id) % 5 === 4;

/** Fold (0 … folds-1) of a training article, for out-of-fold scores; independent of the held-out test. */
export const foldOf = (id: string, folds: number): number => Math.floor(fnv1a(id) / 5) % folds;

function readLabels(path: string): string[][] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => l.split("\t"));
}

/** Loads every article with its labels, sorted by id. */
export function loadPtc(dir: string = ptcDir): PtcArticle[] {
  const ids = readdirSync(join(dir, "articles"))
    .map((f) => /^article(\d+)\.txt$/.exec(f)?.[1])
    .filter((x): x is string => x !== undefined)
    .sort();
  return ids.map((id) => {
    const text = readFileSync(join(dir, "articles", `article${id}.txt`), "utf8");
    const spans = readLabels(join(dir, "labels-tc", `article${id}.task2-TC.labels`)).map(([, technique, s, e]) => ({
      technique: technique ?? "",
      start: Number(s),
      end: Number(e),
    }));
    const siSpans = readLabels(join(dir, "labels-si", `article${id}.task1-SI.labels`)).map(([, s, e]) => ({
      start: Number(s),
      end: Number(e),
    }));
    return { id, text, spans, siSpans };
  });
}

/** The article's lines as sentence spans (the corpus puts one sentence per line). */
export function lineSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      if (text.slice(start, i).trim() !== "") out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}
