import { loadNerSet } from "../src/annotate/ner/corpus.js";
import { parseGazetteer } from "../src/annotate/ner/gazetteer.js";
import { buildGazetteerLines } from "../src/annotate/ner/gazetteer-sources.js";
import { tagDocuments, train } from "../src/annotate/ner/trainer.js";
import { NerScorer } from "../src/eval/ner-metric.js";
import type { Weights } from "../src/annotate/ner/tagger.js";
const tr = loadNerSet("conll-train"), dev = loadNerSet("conll-valid");
const gazetteer = parseGazetteer(buildGazetteerLines().join("\n"));
const f1 = (w: Weights) => { const s = new NerScorer(); const p = tagDocuments(dev, w); dev.forEach((d, i) => d.sentences.forEach((x, j) => { s.add(x.tags, p[i]![j]!); })); return s.score(["PER","ORG","LOC"]).f1; };
const tables: Float32Array[] = [];
for (const seed of [20031, 7, 99]) {
  const r = train(tr, { bits: 21, gazetteer, epochs: 22, seed });
  tables.push(r.weights.table);
  const avg = new Float32Array(tables[0]!.length);
  for (const t of tables) for (let k = 0; k < avg.length; k++) avg[k] += t[k]! / tables.length;
  console.log(seed, "single", f1(r.weights).toFixed(4), "mixed of", tables.length, f1({ table: avg, bits: 21, gazetteer }).toFixed(4));
}
