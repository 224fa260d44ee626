import { loadBasil, loadEcbPlus } from "../src/corpus/evaldata/datasets.js";
import { cheapNames, dfKeys, rawFeatures, vectorize } from "../src/corpus/stories/features.js";
import { cosine } from "../src/corpus/stories/vectors.js";
import { bcubed } from "../src/eval/cluster-metric.js";
for (const [name, docs] of [["ecb", loadEcbPlus()], ["basil", loadBasil()]] as const) {
  const feats = docs.map((d) => rawFeatures(d.text, d.title, cheapNames(d.text), d.date));
  const gold = docs.map((d) => d.story);
  const df = new Map<string, number>();
  for (const f of feats) for (const k of dfKeys(f)) df.set(k, (df.get(k) ?? 0) + 1);
  const vs = feats.map((f) => vectorize(f, { total: feats.length, df }));
  const n = vs.length;
  for (const w of [0.5, 0.7, 1]) {
    const S = vs.map((a) => vs.map((b) => w * cosine(a.terms, b.terms) + (1 - w) * cosine(a.names, b.names)));
    for (const t of [0.1, 0.15, 0.2, 0.25]) {
      // average-link agglomerative
      let clusters = vs.map((_, i) => [i]);
      for (;;) {
        let best = -1, bi = -1, bj = -1;
        for (let i = 0; i < clusters.length; i++) for (let j = i + 1; j < clusters.length; j++) {
          let s = 0; for (const x of clusters[i]!) for (const y of clusters[j]!) s += S[x]![y]!;
          s /= clusters[i]!.length * clusters[j]!.length;
          if (s > best) { best = s; bi = i; bj = j; }
        }
        if (best < t) break;
        clusters[bi] = [...clusters[bi]!, ...clusters[bj]!]; clusters.splice(bj, 1);
      }
      const labels = new Array(n).fill(0); clusters.forEach((c, k) => c.forEach((i) => (labels[i] = k)));
      const b = bcubed(labels, gold);
      console.log(name, "agglo", w, t, b.f1.toFixed(3), b.precision.toFixed(3), b.recall.toFixed(3));
    }
  }
}
