import { join } from "node:path";
import { modelsDir } from "../src/core/paths.js";
import { loadNerSet } from "../src/annotate/ner/corpus.js";
import { createDocContext } from "../src/annotate/ner/doc-context.js";
import { TAGS } from "../src/annotate/ner/labels.js";
import { decode } from "../src/annotate/ner/tagger.js";
import { readModel } from "../src/annotate/ner/weights-file.js";
import { NerScorer } from "../src/eval/ner-metric.js";
const { weights } = readModel(join(modelsDir, "ner"));
const dev = loadNerSet("conll-valid");
for (const passes of [1, 2, 3]) {
  const sc = new NerScorer();
  for (const doc of dev) {
    const ctx = createDocContext(doc.sentences.map((s) => s.words));
    let out: string[][] = [];
    for (let p = 0; p < passes; p++) {
      const snapshot = new Map(ctx.history);
      if (p > 0) { ctx.history.clear(); }
      const frozen = p > 0 ? { forms: ctx.forms, history: snapshot } : ctx;
      out = doc.sentences.map((s) => Array.from(decode(s.words, frozen, weights, 1).labels, (l) => TAGS[l] ?? "O"));
      if (p > 0) for (const [k, v] of snapshot) ctx.history.set(k, v);
    }
    doc.sentences.forEach((s, i) => sc.add(s.tags, out[i] ?? []));
  }
  console.log(passes, sc.score(["PER", "ORG", "LOC"]).f1.toFixed(4), sc.score().f1.toFixed(4));
}
