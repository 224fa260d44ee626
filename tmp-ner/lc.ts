import { loadNerSet } from "../src/annotate/ner/corpus.js";
import { chunksOf } from "../src/eval/ner-metric.js";
for (const set of ["conll-train", "conll-valid", "wikineural-dev"] as const) {
  let n = 0, lc = 0; const ex: string[] = [];
  for (const d of loadNerSet(set)) for (const s of d.sentences) for (const c of chunksOf(s.tags)) {
    n++; const ws = s.words.slice(c.start, c.end);
    if (!ws.some((w) => /\p{Lu}/u.test(w))) { lc++; if (ex.length < 15) ex.push(ws.join(" ") + "/" + c.type); }
  }
  console.log(set, n, lc, ex.join(" | "));
}
