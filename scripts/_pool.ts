import { WorkerPool } from "../src/corpus/ingest/pool.js";
const p = new WorkerPool(2);
const t = setTimeout(() => { console.log("TIMEOUT"); process.exit(1); }, 60000);
const d = await p.analyze("Hello world. Mr Smith said \"yes\" in Paris.", { name: "x", mediaType: "text/plain" });
console.log(d.layers.entities?.length);
await p.close(); clearTimeout(t);
