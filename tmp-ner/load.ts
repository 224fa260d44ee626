const t0 = performance.now();
const { loadNerModel } = await import("../src/annotate/ner/index.js");
loadNerModel();
console.log("load ms", (performance.now() - t0).toFixed(0), "rss MB", (process.memoryUsage().rss / 1e6).toFixed(0));
