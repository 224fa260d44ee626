/**
 * JSON-LD: the publisher's own structured statement of headline, authors, dates and often the full articleBody.
 * Pages nest it every way schema.org allows (arrays, @graph, mainEntity) and often break it (raw newlines in
 * strings, trailing commas, HTML comments around it), so parsing is tolerant and reports what it had to repair.
 */
import { ownEntry } from "../../../core/lookup.js";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };
export type JsonObject = { [k: string]: JsonValue };

export interface JsonLdResult {
  /** Every object with an @type, flattened out of arrays, @graph and nesting, in document order. */
  readonly nodes: JsonObject[];
  readonly diagnostics: { code: string; message: string; stage: string }[];
}

const STAGE = "read:html:json-ld";

/** Article-like schema.org types, most specific first in spirit; any of them marks "the article" node. */
const ARTICLE_TYPES =
  /^(?:(?:News|Scholarly|Tech|Satirical|Advertiser|Report)?Article|(?:Analysis|Opinion|Reportage|Review|Background|AskPublicMedia)NewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|Review|CreativeWork|Blog|Posting)$/i;

/** Repairs seen in the wild, tried in order until JSON.parse accepts the text. */
const REPAIRS: readonly [string, (s: string) => string][] = [
  [
    "strip-wrappers",
    (s) => s.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, "").replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, ""),
  ],
  ["escape-control-chars", (s) => escapeControlCharsInStrings(s)],
  ["drop-trailing-commas", (s) => s.replace(/,\s*([}\]])/g, "$1")],
  ["join-concatenated", (s) => `[${s.replace(/}\s*{/g, "},{")}]`],
];

function escapeControlCharsInStrings(s: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? "";
    if (inString) {
      if (c === "\\") {
        out += c + (s[i + 1] ?? "");
        i++;
        continue;
      }
      if (c === '"') inString = false;
      else if (c === "\n") {
        out += "\\n";
        continue;
      } else if (c === "\r") {
        out += "\\r";
        continue;
      } else if (c === "\t") {
        out += "\\t";
        continue;
      } else if (c.charCodeAt(0) < 32) continue;
      out += c;
    } else {
      if (c === '"') inString = true;
      out += c;
    }
  }
  return out;
}

export function parseJsonLoose(raw: string): { value?: JsonValue; repairs: string[] } {
  let text = raw.trim();
  if (text === "") return { repairs: [] };
  const repairs: string[] = [];
  try {
    return { value: JSON.parse(text) as JsonValue, repairs };
  } catch {
    for (const [name, fix] of REPAIRS) {
      const next = fix(text);
      if (next === text) continue;
      text = next;
      repairs.push(name);
      try {
        return { value: JSON.parse(text) as JsonValue, repairs };
      } catch {
        // try the next repair on top of this one
      }
    }
  }
  return { repairs };
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Depth cap for nested JSON-LD: real graphs are shallow; a hostile one must not blow the stack. */
const MAX_NEST = 12;

function collect(v: JsonValue | undefined, into: JsonObject[], depth: number): void {
  if (depth > MAX_NEST || v === undefined || v === null) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, into, depth + 1);
    return;
  }
  if (!isObject(v)) return;
  if (v["@type"] !== undefined) into.push(v);
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart", "item"])
    collect(v[key], into, depth + 1);
}

export function readJsonLd(scripts: readonly { text: string }[]): JsonLdResult {
  const nodes: JsonObject[] = [];
  const diagnostics: JsonLdResult["diagnostics"] = [];
  scripts.forEach((s, i) => {
    const { value, repairs } = parseJsonLoose(s.text);
    if (value === undefined) {
      if (s.text.trim() !== "")
        diagnostics.push({
          code: "json-ld-invalid",
          message: `JSON-LD block ${i + 1} is not valid JSON and could not be repaired; ignored`,
          stage: STAGE,
        });
      return;
    }
    if (repairs.length > 0)
      diagnostics.push({
        code: "json-ld-repaired",
        message: `JSON-LD block ${i + 1} was broken; repaired by ${repairs.join(", ")}`,
        stage: STAGE,
      });
    collect(value, nodes, 0);
  });
  return { nodes, diagnostics };
}

export function typesOf(node: JsonObject): string[] {
  const t = node["@type"];
  if (typeof t === "string") return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === "string");
  return [];
}

/** Nodes by their @id, to follow references such as "author": {"@id": "#/schema/person/1"}. */
export function indexById(nodes: readonly JsonObject[]): Map<string, JsonObject> {
  const map = new Map<string, JsonObject>();
  for (const n of nodes) if (typeof n["@id"] === "string") map.set(n["@id"], n);
  return map;
}

/** The article node: the first article-typed node, preferring one with a headline. */
export function articleNode(nodes: readonly JsonObject[]): JsonObject | undefined {
  const articles = nodes.filter((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
  return articles.find((n) => n.headline !== undefined || n.articleBody !== undefined) ?? articles[0];
}

const NAMED: Record<string, string> = {
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
};

/** Decodes the character references publishers leave in JSON-LD and meta values ("&#8211;", "&amp;"). */
export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi,
    (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      const cp = dec !== undefined ? Number(dec) : hex !== undefined ? Number.parseInt(hex, 16) : undefined;
      if (cp !== undefined) return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
      return ownEntry(NAMED, (name ?? "").toLowerCase()) ?? m;
    },
  );
}

/** A string field, or the first string of an array field (character references decoded). */
export function str(v: JsonValue | undefined): string | undefined {
  if (typeof v === "string") return v.trim() === "" ? undefined : decodeEntities(v.trim());
  if (Array.isArray(v)) for (const x of v) if (typeof x === "string" && x.trim() !== "") return x.trim();
  if (isObject(v)) return str(v["@value"]) ?? str(v.name);
  return undefined;
}

/** Person and organisation names from author/creator fields: strings, objects with name, or arrays of either. */
export function names(
  v: JsonValue | undefined,
  byId?: ReadonlyMap<string, JsonObject>,
  depth = 0,
): { name: string; type?: string }[] {
  if (v === undefined || v === null || depth > 3) return [];
  if (typeof v === "string") return v.trim() === "" ? [] : [{ name: decodeEntities(v.trim()) }];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, byId, depth + 1));
  if (isObject(v)) {
    // Yoast-style graphs refer to the Person node by @id only.
    const ref = typeof v["@id"] === "string" && v.name === undefined ? byId?.get(v["@id"]) : undefined;
    if (ref !== undefined && ref !== v) return names(ref, byId, depth + 1);
    const n = str(v.name) ?? [str(v.givenName), str(v.familyName)].filter(Boolean).join(" ");
    const type = typesOf(v)[0];
    return n === "" ? [] : [{ name: n, type }];
  }
  return [];
}

export function objectField(node: JsonObject, key: string): JsonObject | undefined {
  const v = node[key];
  if (isObject(v)) return v;
  if (Array.isArray(v)) return v.find(isObject);
  return undefined;
}
