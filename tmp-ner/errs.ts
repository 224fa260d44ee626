import { join } from "node:path";
import { modelsDir } from "../src/core/paths.js";
import { loadNerSet } from "../src/annotate/ner/corpus.js";
import { tagDocuments } from "../src/annotate/ner/trainer.js";
import { readModel } from "../src/annotate/ner/weights-file.js";
import { chunksOf } from "../src/eval/ner-metric.js";
const { weights } = readModel(join(modelsDir, "ner"));
const dev = loadNerSet((process.env.SET ?? "conll-valid") as "conll-valid");
const pred = tagDocuments(dev, weights);
const kinds = new Map<string, number>(); const ex = new Map<string, string[]>();
dev.forEach((d, di) => d.sentences.forEach((s, si) => {
  const g = chunksOf(s.tags), p = chunksOf(pred[di]![si]!);
  const key = (c: any) => `${c.start}:${c.end}`;
  const pm = new Map(p.map((c) => [key(c), c.type]));
  const gm = new Map(g.map((c) => [key(c), c.type]));
  for (const c of g) { const pt = pm.get(key(c)); if (pt === c.type) continue;
    const k = pt ? `type ${c.type}->${pt}` : (p.some((q) => q.start < c.end && c.start < q.end) ? `boundary ${c.type}` : `missed ${c.type}`);
    kinds.set(k, (kinds.get(k) ?? 0) + 1); const arr = ex.get(k) ?? []; if (arr.length < 12) arr.push(s.words.slice(c.start, c.end).join(" ")); ex.set(k, arr); }
  for (const c of p) if (!gm.has(key(c)) && !g.some((q) => q.start < c.end && c.start < q.end)) { const k = `spurious ${c.type}`; kinds.set(k, (kinds.get(k) ?? 0) + 1); const arr = ex.get(k) ?? []; if (arr.length < 12) arr.push(s.words.slice(c.start, c.end).join(" ")); ex.set(k, arr); }
}));
for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(n, k, "::", ex.get(k)!.join(" | "));
