import { loadBasil, loadEcbPlus } from "../src/corpus/evaldata/datasets.js";
import { cheapNames, dfKeys, rawFeatures, vectorize } from "../src/corpus/stories/features.js";
import { StoryWindow } from "../src/corpus/stories/cluster.js";
import { bcubed } from "../src/eval/cluster-metric.js";
const years = (t: string) => [...t.matchAll(/\b(19[5-9]\d|20[0-3]\d)\b/g)].map((m) => `y${m[1]}`);
for (const [name, docs] of [["ecb", loadEcbPlus()], ["basil", loadBasil()]] as const) {
  for (const yr of [false, true]) {
  const feats = docs.map((d) => rawFeatures(d.text, d.title, [...cheapNames(d.text), ...(yr ? years(d.text) : [])], d.date));
  const gold = docs.map((d) => d.story);
  const df = new Map<string, number>();
  for (const f of feats) for (const k of dfKeys(f)) df.set(k, (df.get(k) ?? 0) + 1);
  for (const t of [0.1, 0.15, 0.2, 0.25, 0.3]) for (const w of [0.3, 0.5, 0.7]) {
    const win = new StoryWindow({ threshold: t, termWeight: w, dateWindowDays: 3, dateDecayDays: 10 });
    const labels = feats.map((f) => { const p = win.place(vectorize(f, { total: feats.length, df })); return win.commit(p.id, p.state); });
    const b = bcubed(labels, gold);
    console.log(name, "global", yr, t, w, b.f1.toFixed(3), b.precision.toFixed(3), b.recall.toFixed(3));
  }}
}
