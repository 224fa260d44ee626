import { evaluateDuplicates, buildPerturbedSet } from "../src/corpus/dedup/evaluate.js";
import { loadAllSides } from "../src/corpus/evaldata/datasets.js";
const rows = loadAllSides(600).map((r, i) => ({ id: String(i), title: r.title, body: r.content_original }));
const items = buildPerturbedSet(rows);
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) console.log(t, evaluateDuplicates(items, t));
