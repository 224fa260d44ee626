import { buildGazetteerLines } from "../src/annotate/ner/gazetteer-sources.js";
console.log(buildGazetteerLines().filter((l) => l.startsWith("honorific") && l.endsWith(".")).join(" | "));
