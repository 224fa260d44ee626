/**
 * Duplicate detection scored on the perturbed set: every original and every copy go through the same exact-hash
 * and MinHash/LSH decision as ingest, in a shuffled order; a predicted pair is (article, the earlier copy it was
 * linked to), scored against the gold (original, copy) pairs. Any link between two different originals — often on
 * the same topic — is a false positive.
 */
import { type PairScores, pairScores } from "../../eval/cluster-metric.js";
import { NEAR_DUPLICATE_JACCARD } from "../ingest/decide.js";
import { textHash } from "../text/normalize.js";
import { estimateJaccard, lshKeys, signatureOf } from "./minhash.js";
import { type Article, PERTURBATIONS, perturb, rng } from "./perturb.js";

interface Item {
  readonly family: string;
  readonly id: string;
  readonly text: string;
}

export function buildPerturbedSet(originals: readonly Article[], seed = 7): Item[] {
  const r = rng(seed);
  const items: Item[] = [];
  originals.forEach((a, i) => {
    items.push({ family: a.id, id: `${a.id}#orig`, text: `${a.title}\n\n${a.body}` });
    const kind = PERTURBATIONS[i % PERTURBATIONS.length] ?? "mixed";
    const p = perturb(a, kind, r);
    items.push({ family: a.id, id: `${a.id}#${kind}`, text: `${p.title}\n\n${p.body}` });
  });
  // Shuffle so the copy sometimes arrives before its original, as in a real crawl.
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [items[i], items[j]] = [items[j] as Item, items[i] as Item];
  }
  return items;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function evaluateDuplicates(items: readonly Item[], threshold = NEAR_DUPLICATE_JACCARD): PairScores {
  const byHash = new Map<string, string>();
  const byBand = new Map<string, string[]>();
  const sigs = new Map<string, Uint32Array>();
  const predicted = new Set<string>();
  const gold = new Set<string>();
  const families = new Map<string, string[]>();
  for (const it of items) families.set(it.family, [...(families.get(it.family) ?? []), it.id]);
  for (const ids of families.values()) if (ids.length === 2) gold.add(pairKey(ids[0] ?? "", ids[1] ?? ""));
  for (const it of items) {
    const h = textHash(it.text);
    const sig = signatureOf(it.text);
    const keys = lshKeys(sig);
    const exact = byHash.get(h);
    if (exact) predicted.add(pairKey(it.id, exact));
    else {
      let best: { id: string; sim: number } | undefined;
      for (const id of new Set(keys.flatMap((k) => byBand.get(k) ?? []))) {
        const sim = estimateJaccard(sig, sigs.get(id) ?? new Uint32Array());
        if (sim >= threshold && (!best || sim > best.sim)) best = { id, sim };
      }
      if (best) predicted.add(pairKey(it.id, best.id));
    }
    byHash.set(h, byHash.get(h) ?? it.id);
    sigs.set(it.id, sig);
    for (const k of keys) byBand.set(k, [...(byBand.get(k) ?? []), it.id]);
  }
  return pairScores(predicted, gold);
}
