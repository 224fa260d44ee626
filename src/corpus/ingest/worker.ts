/** A worker thread that analyses articles; the main thread does all writing. */
import { parentPort } from "node:worker_threads";
import { analyze } from "../../analyze.js";
import type { AnalyzeRequest, AnalyzeResponse } from "./pool.js";

parentPort?.on("message", (req: AnalyzeRequest) => {
  let res: AnalyzeResponse;
  try {
    res = { seq: req.seq, doc: analyze(req.input, req.options) };
  } catch (err) {
    res = { seq: req.seq, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(res);
});
