import { readFileSync } from "node:fs";
import { loadBasil, loadEcbPlus } from "../src/corpus/evaldata/datasets.js";
import { dfKeys, rawFeatures, vectorize } from "../src/corpus/stories/features.js";
import { joinStory, dateGap } from "../src/corpus/stories/cluster.js";
import { cosine } from "../src/corpus/stories/vectors.js";
import { bcubed } from "../src/eval/cluster-metric.js";
import type { StoryState } from "../src/corpus/store/types.js";
const TW = Number(process.env.TW ?? "0");
const NUM = process.argv.includes("--num");
const ecb = loadEcbPlus(), basil = loadBasil();
const names: Record<string, string[]> = JSON.parse(readFileSync("/tmp/names.json", "utf8"));
type D = (typeof ecb)[0];
function run(docs: D[], t: number, w: number, mode: string) {
  const feats = docs.map((d) => rawFeatures(TW === 0 ? d.text : Array(TW).fill(d.title).join("\n") + "\n" + d.text, TW < 0 ? "" : d.title, [...(names[d.id] ?? []), ...(NUM ? [...d.text.matchAll(/\b\d[\d,.]*\d\b/g)].map((m) => "#" + m[0]) : [])], d.date));
  const df = new Map<string, number>();
  for (const f of feats) for (const k of dfKeys(f)) df.set(k, (df.get(k) ?? 0) + 1);
  const stories: StoryState[] = [];
  const labels = feats.map((f) => {
    const v = vectorize(f, { total: feats.length, df });
    let best = -1, bs = -1;
    stories.forEach((s, i) => {
      const tc = cosine(v.terms, s.terms), nc = cosine(v.names, s.names);
      let sim = mode === "geo" ? Math.sqrt(tc * (nc + 0.05)) : mode === "min" ? Math.min(tc, nc + w) : w * tc + (1 - w) * nc;
      const gap = Math.max(0, dateGap(v.date, s) - 3);
      sim *= Math.exp(-gap / 10);
      if (sim > bs) { bs = sim; best = i; }
    });
    if (best >= 0 && bs >= t) { stories[best] = joinStory(stories[best], v); return best; }
    stories.push(joinStory(undefined, v)); return stories.length - 1;
  });
  return bcubed(labels, docs.map((d) => d.story));
}
for (const mode of ["lin"]) for (const t of [0.1, 0.15, 0.2, 0.25, 0.3]) for (const w of [0.3, 0.5, 0.7]) {
  const e = run(ecb, t, w, mode), b = run(basil, t, w, mode);
  console.log(mode, t, w, "ecb", e.f1.toFixed(3), e.precision.toFixed(3), e.recall.toFixed(3), "basil", b.f1.toFixed(3));
}