/**
 * A labelled near-duplicate set built from real articles: each original gets one perturbed copy (sentences
 * dropped, words swapped, boilerplate added, headline changed, or a mix), and the other originals — many on the
 * same AllSides topic — are the true negatives. A seeded generator makes the set identical on every run.
 */

export type Perturbation = "sentence-drop" | "word-swap" | "boilerplate" | "headline" | "mixed";
export const PERTURBATIONS: readonly Perturbation[] = [
  "sentence-drop",
  "word-swap",
  "boilerplate",
  "headline",
  "mixed",
];

export { seededRandom as rng } from "../../core/random.js";

const BOILERPLATE = [
  "Sign up for our daily newsletter to get the latest headlines delivered to your inbox.",
  "Advertisement",
  "Share this article on Facebook, Twitter and email.",
  "Subscribe now for unlimited access to our journalism. Cancel anytime.",
  "Related: The stories you may have missed this week.",
  "Copyright 2020. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
];

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z"“])/);
}

/** Drops 10–25% of the sentences (an edited or shortened copy). */
function dropSentences(text: string, r: () => number): string {
  const s = sentences(text);
  const rate = 0.1 + r() * 0.15;
  const kept = s.filter(() => r() >= rate);
  return (kept.length > 0 ? kept : s).join(" ");
}

/** Swaps 2–4% of adjacent word pairs (light copy-editing). */
function swapWords(text: string, r: () => number): string {
  const w = text.split(" ");
  const rate = 0.02 + r() * 0.02;
  for (let i = 0; i + 1 < w.length; i++) {
    if (r() < rate) {
      const tmp = w[i] ?? "";
      w[i] = w[i + 1] ?? "";
      w[i + 1] = tmp;
      i++;
    }
  }
  return w.join(" ");
}

function addBoilerplate(text: string, r: () => number): string {
  const pick = (): string => BOILERPLATE[Math.floor(r() * BOILERPLATE.length)] ?? "";
  return `${pick()}\n\n${text}\n\n${pick()}\n\n${pick()}`;
}

export interface Article {
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

/** The copy's title and body. */
export function perturb(a: Article, kind: Perturbation, r: () => number): { title: string; body: string } {
  switch (kind) {
    case "sentence-drop":
      return { title: a.title, body: dropSentences(a.body, r) };
    case "word-swap":
      return { title: a.title, body: swapWords(a.body, r) };
    case "boilerplate":
      return { title: a.title, body: addBoilerplate(a.body, r) };
    case "headline":
      return { title: `UPDATED: ${a.title.split(" ").reverse().join(" ")}`, body: a.body };
    case "mixed":
      return { title: `${a.title} (update)`, body: addBoilerplate(swapWords(dropSentences(a.body, r), r), r) };
  }
}
