import { tokenize } from "../src/annotate/tokens/tokenize.js";
for (const p of ["mr.", "gen.", "sgt.", "phd."]) console.log(tokenize(p).map((t) => p.slice(t.start, t.end)));
