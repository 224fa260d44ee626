/**
 * First names and organisation names, read from the "first-name" and "organization" rows of the NER model's
 * gazetteer (models/ner/ner-gazetteer.tsv.gz, built from compromise's lexicon at training time): the entity rules
 * ask whether a word opens people's names, and whether a phrase that looks like a title and a name is a company's
 * name ("General Motors").
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { modelsDir } from "../../core/paths.js";
import { GAZETTEER_FILE } from "../ner/weights-file.js";

const GAZETTEER = join(modelsDir, "ner", GAZETTEER_FILE);
const FIRST_NAME_ROW = "first-name\t";
const ORGANIZATION_ROW = "organization\t";

let lists: { readonly firstNames: ReadonlySet<string>; readonly organisations: ReadonlySet<string> } | undefined;

/** Lower-case first names (one word each) and organisation names; empty when the model ships no gazetteer. */
function load(): NonNullable<typeof lists> {
  if (lists) return lists;
  const firstNames = new Set<string>();
  const organisations = new Set<string>();
  if (existsSync(GAZETTEER)) {
    for (const line of gunzipSync(readFileSync(GAZETTEER)).toString("utf8").split("\n")) {
      if (line.startsWith(FIRST_NAME_ROW) && !line.includes(" ")) firstNames.add(line.slice(FIRST_NAME_ROW.length));
      else if (line.startsWith(ORGANIZATION_ROW)) organisations.add(line.slice(ORGANIZATION_ROW.length));
    }
  }
  lists = { firstNames, organisations };
  return lists;
}

/** Whether a word is a listed first name ("Elizabeth", "Tammy"), in any case. */
export function isFirstName(word: string): boolean {
  return load().firstNames.has(word.toLowerCase());
}

/** "Raúl" → "Raul": the first-name list is mostly unaccented, so a name written with its accents is looked up both ways. */
export function isFirstNameAccentsAside(word: string): boolean {
  return isFirstName(word) || isFirstName(word.normalize("NFD").replace(/\p{M}/gu, ""));
}

/** Whether a phrase is a listed organisation's name ("General Electric"), in any case and spacing. */
export function isListedOrganisation(phrase: string): boolean {
  return load().organisations.has(phrase.toLowerCase().replace(/\s+/g, " "));
}
