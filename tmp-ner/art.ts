import { readFileSync } from "node:fs";
import { recognize } from "../src/annotate/ner/index.js";
const t = readFileSync(process.argv[2]!, "utf8").slice(0, 2500);
const spans = recognize(t);
console.log(t.slice(0, 600));
console.log(spans.map((s) => `${t.slice(s.start, s.end)}/${s.label}/${s.score.toFixed(2)}`).join("  "));
