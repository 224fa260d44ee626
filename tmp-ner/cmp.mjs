import nlp from "compromise";
const w = nlp.world();
const lex = w.model.one.lexicon;
const counts = {};
for (const [k, v] of Object.entries(lex)) { const tags = Array.isArray(v) ? v : [v]; for (const t of tags) counts[t] = (counts[t]||0)+1; }
console.log(Object.keys(lex).length, Object.entries(counts).sort((a,b)=>b[1]-a[1]).slice(0,60));
const ex = {}; for (const [k,v] of Object.entries(lex)) { const t = Array.isArray(v)?v[0]:v; (ex[t] ||= []).length < 8 && ex[t].push(k); }
for (const t of ["FirstName","MaleName","FemaleName","LastName","Country","City","Region","Organization","Company","SportsTeam","Place","Demonym","Honorific","Person","Uncountable"]) console.log(t, ex[t]);
