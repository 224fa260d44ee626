/**
 * Notable public figures (models/people/notable-people.tsv): names the NER model may miss or mistype, and the
 * country each is tied to when the article itself does not say.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Mention } from "../../core/document.js";
import { modelsDir } from "../../core/paths.js";
import { escapeRegExp } from "../../core/regexp.js";
import type { MentionRecognizer } from "./recognizers.js";

export interface NotablePerson {
  readonly name: string;
  readonly country: string;
  readonly office: string;
}

interface NotableIndex {
  readonly byName: Map<string, NotablePerson>;
  readonly pattern: RegExp;
}

let index: NotableIndex | undefined;

function load(): NotableIndex {
  if (index) return index;
  const byName = new Map<string, NotablePerson>();
  for (const line of readFileSync(join(modelsDir, "people/notable-people.tsv"), "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [name, surname, country, office] = line.split("\t");
    if (!name || !country || !office) continue;
    const person = { name, country, office };
    byName.set(name.toLowerCase(), person);
    if (surname && surname !== "-" && !byName.has(surname.toLowerCase())) byName.set(surname.toLowerCase(), person);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // Case-sensitive capital first letter is checked after matching; the list itself is matched case-insensitively.
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${names.join("|")})(?![\p{L}\p{N}])`, "giu");
  index = { byName, pattern };
  return index;
}

/** The notable person a name (full name or distinctive surname) refers to, if any. */
export function notablePerson(name: string): NotablePerson | undefined {
  return load().byName.get(name.toLowerCase().replace(/['’]s$/, ""));
}

/** Full names and distinctive surnames of notable people, typed as persons above the model's guess. */
export const notablePersonRecognizer: MentionRecognizer = {
  name: "notable-person",
  priority: 6,
  recognize(input) {
    const { pattern } = load();
    const out: Mention[] = [];
    for (const range of input.ranges) {
      const slice = input.doc.text.slice(range.start, range.end);
      for (const m of slice.matchAll(pattern)) {
        if (!/^\p{Lu}/u.test(m[0])) continue;
        const start = range.start + m.index;
        out.push({
          start,
          end: start + m[0].length,
          type: "person",
          form: "name",
          rule: "entities:notable-person",
          score: 0.95,
        });
      }
    }
    return out;
  },
};
