import { isPlausibleSource, sourceAfter } from "./src/annotate/quotes/phrase.js";
for (const t of process.argv.slice(2)) {
  const s = sourceAfter(t, 0, t.length);
  console.log(JSON.stringify(t), "->", s && JSON.stringify(t.slice(s.start, s.end)), s && isPlausibleSource(t.slice(s.start, s.end)));
}
