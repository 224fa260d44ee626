/**
 * First names, read from the "first-name" rows of the NER model's gazetteer (models/ner/ner-gazetteer.tsv.gz, built
 * from compromise's lexicon at training time): the entity rules ask whether a word opens people's names.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { modelsDir } from "../../core/paths.js";
import { GAZETTEER_FILE } from "../ner/weights-file.js";

const GAZETTEER = join(modelsDir, "ner", GAZETTEER_FILE);
const FIRST_NAME_ROW = "first-name\t";

let firstNames: ReadonlySet<string> | undefined;

/** Lower-case first names; empty when the model ships no gazetteer. */
function load(): ReadonlySet<string> {
  if (firstNames) return firstNames;
  const names = new Set<string>();
  if (existsSync(GAZETTEER)) {
    for (const line of gunzipSync(readFileSync(GAZETTEER)).toString("utf8").split("\n"))
      if (line.startsWith(FIRST_NAME_ROW) && !line.includes(" ")) names.add(line.slice(FIRST_NAME_ROW.length));
  }
  firstNames = names;
  return names;
}

/** Whether a word is a listed first name ("Elizabeth", "Tammy"), in any case. */
export function isFirstName(word: string): boolean {
  return load().has(word.toLowerCase());
}
