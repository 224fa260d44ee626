import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { analyze } from "../src/analyze.js";
import { loadBasil, loadEcbPlus } from "../src/corpus/evaldata/datasets.js";
import { dfKeys, namesFromEntities, rawFeatures, vectorize, type RawFeatures } from "../src/corpus/stories/features.js";
import { StoryWindow, type ClusterOptions } from "../src/corpus/stories/cluster.js";
import { bcubed } from "../src/eval/cluster-metric.js";
const ecb = loadEcbPlus(), basil = loadBasil();
const cache = "/tmp/names.json";
let names: Record<string, string[]>;
if (existsSync(cache)) names = JSON.parse(readFileSync(cache, "utf8"));
else {
  names = {};
  for (const d of [...ecb, ...basil]) names[d.id] = namesFromEntities(analyze(d.text, { name: d.id, mediaType: "text/plain", published: d.date }).layers.entities ?? []);
  writeFileSync(cache, JSON.stringify(names));
}
function run(docs: typeof ecb, o: ClusterOptions, global: boolean, tf: (d: (typeof ecb)[0]) => RawFeatures) {
  const feats = docs.map(tf);
  const df = new Map<string, number>();
  if (global) for (const f of feats) for (const k of dfKeys(f)) df.set(k, (df.get(k) ?? 0) + 1);
  const win = new StoryWindow(o);
  const labels = feats.map((f, i) => {
    const v = vectorize(f, { total: global ? feats.length : i, df });
    const p = win.place(v);
    if (!global) for (const k of dfKeys(f)) df.set(k, (df.get(k) ?? 0) + 1);
    return win.commit(p.id, p.state);
  });
  return bcubed(labels, docs.map((d) => d.story));
}
const base = (d: (typeof ecb)[0]) => rawFeatures(d.text, d.title, names[d.id] ?? [], d.date);
for (const global of [false, true]) for (const t of [0.12, 0.15, 0.18, 0.22]) for (const w of [0.3, 0.5, 0.7]) {
  const o = { threshold: t, termWeight: w, dateWindowDays: 3, dateDecayDays: 10 };
  const e = run(ecb, o, global, base), b = run(basil, o, global, base);
  console.log(global, t, w, "ecb", e.f1.toFixed(3), e.precision.toFixed(3), e.recall.toFixed(3), "basil", b.f1.toFixed(3));
}
