import { recognize } from "../src/annotate/ner/index.js";
for (const t of ["Angela Merkel met executives of Siemens in Berlin on Tuesday.", "Putin's spokesman Dmitry Peskov told Reuters that the U.S. and NATO were wrong.", "Shares of Apple Inc. fell 3% in New York after the European Commission fined the company."]) {
  console.log(recognize(t).map((s) => `${t.slice(s.start, s.end)}/${s.label}/${s.score.toFixed(2)}`).join("  "));
}
