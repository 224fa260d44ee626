import { findQuotes } from "./src/annotate/quotes/index.js";
import { makeDoc, type EntitySpec } from "./src/annotate/quotes/testing.js";
const rows: [string, EntitySpec[]][] = JSON.parse(process.argv[2] ?? "[]");
for (const [text, specs] of rows) {
  const doc = makeDoc(text, specs);
  console.log("##", text.slice(0, 90));
  for (const q of findQuotes(doc)) {
    const name = doc.layers.entities?.find((e) => e.id === q.speaker)?.name ?? "";
    console.log(" ", q.kind, JSON.stringify(text.slice(q.start, q.end).slice(0, 60)), "->", name, q.attributedTo ?? "", q.cue ? `[${text.slice(q.cue.start, q.cue.end)}]` : "", q.rule, q.speakerInferred ? "(inf)" : "");
  }
}
