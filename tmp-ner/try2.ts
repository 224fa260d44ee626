import { recognize } from "../src/annotate/ner/index.js";
const t = "“We will win,” said Boris Johnson’s spokesman in London on 2024-03-05. The U.K. Treasury declined to comment... Shares in BP rose.\n\nEMMANUEL MACRON VISITS BEIJING\nFrench President Emmanuel Macron arrived in Beijing on Wednesday for talks with Xi Jinping.";
console.log(recognize(t).map((s) => `${t.slice(s.start, s.end)}/${s.label}/${s.score.toFixed(2)}`).join("  "));
