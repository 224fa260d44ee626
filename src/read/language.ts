/**
 * The language an article is written in, when the page does not declare it. Sift's annotators are trained on
 * English news; on a German page the entity tagger reads every capitalised noun as a name. Knowing the language lets
 * the analysis say so, and lets the stages that depend on English hold back (src/annotate/entities/mentions.ts).
 *
 * franc-min (trigram profiles of 82 languages, MIT) reads the body without its boilerplate: menus and cookie
 * notices are often in English on a page that is not.
 */
import { franc } from "franc-min";
import type { Document, Sourced } from "../core/document.js";

/** Below this many letters of body text the trigram profile is too thin to trust (franc misreads short English). */
const MIN_LETTERS = 200;

/** Two thousand characters decide the language as well as a whole book, and franc's time grows with the sample. */
const SAMPLE_CHARS = 2000;

/** A longer sample is read with more confidence. */
const CONFIDENT_LETTERS = 1000;

/**
 * ISO 639-3 (franc's codes) to ISO 639-1 for the languages franc-min knows that have a two-letter code, so detected
 * and declared (`<html lang="de">`) languages compare alike; made from the iso-639-3 package's table. Individual
 * languages of a macrolanguage take the macrolanguage's code (Mandarin → zh, Standard Arabic → ar).
 */
// biome-ignore format: a code table reads best as a paragraph
const TWO_LETTER: Readonly<Record<string, string>> = {
  amh: "am", arb: "ar", azj: "az", bel: "be", ben: "bn", bos: "bs", bul: "bg", ces: "cs", cmn: "zh", deu: "de",
  ell: "el", eng: "en", fra: "fr", guj: "gu", hau: "ha", hin: "hi", hrv: "hr", hun: "hu", ibo: "ig", ind: "id",
  ita: "it", jav: "jv", jpn: "ja", kan: "kn", kaz: "kk", kin: "rw", kor: "ko", lin: "ln", mal: "ml", mar: "mr",
  mya: "my", nld: "nl", npi: "ne", nya: "ny", pan: "pa", pes: "fa", plt: "mg", pol: "pl", por: "pt", ron: "ro",
  run: "rn", rus: "ru", sin: "si", som: "so", spa: "es", srp: "sr", sun: "su", swe: "sv", tam: "ta", tel: "te",
  tgl: "tl", tha: "th", tur: "tr", ukr: "uk", urd: "ur", uzn: "uz", vie: "vi", yor: "yo", zul: "zu",
};

/** The body's text with the boilerplate inside it left out, up to SAMPLE_CHARS. */
function bodySample(doc: Pick<Document, "text" | "body" | "layers">): string {
  const { start, end } = doc.body;
  const furniture = (doc.layers.boilerplate ?? []).filter((b) => b.end > start && b.start < end);
  let sample = "";
  let at = start;
  for (const b of [...furniture].sort((x, y) => x.start - y.start)) {
    if (b.start > at) sample += `${doc.text.slice(at, b.start)}\n`;
    at = Math.max(at, b.end);
    if (sample.length >= SAMPLE_CHARS) break;
  }
  if (at < end && sample.length < SAMPLE_CHARS) sample += doc.text.slice(at, end);
  return sample.slice(0, SAMPLE_CHARS);
}

/**
 * The commonest English function words. They make up a quarter to a third of the words of English news (the lowest
 * of 2,000 AllSides dev articles: 0.135, the 1st percentile 0.21) and at most an eighth of a German, Spanish or
 * French page's, which share a few of them ("in", "a", "on").
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  "the of and to a in is that for was on with as it by at from he his said be are this have has not but they an were which".split(
    " ",
  ),
);

/** The share of function words above which a text is English without asking franc. */
const CLEARLY_ENGLISH = 0.15;

/**
 * Whether the text is plainly English. franc weighs the text against 82 languages' profiles, ~6 ms an article; this
 * count settles nearly every English article for a fraction of that, and franc decides the rest.
 */
function clearlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let common = 0;
  for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) common++;
  return words.length > 0 && common / words.length >= CLEARLY_ENGLISH;
}

/** The detected language (ISO 639-1 where there is one, else franc's ISO 639-3), or undefined when unsure. */
export function detectLanguage(doc: Pick<Document, "text" | "body" | "layers">): Sourced<string> | undefined {
  const sample = bodySample(doc);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  const confidence = letters >= CONFIDENT_LETTERS ? 0.9 : 0.6;
  if (clearlyEnglish(sample)) return { value: "en", provenance: { source: "detected", confidence } };
  const code = franc(sample, { minLength: MIN_LETTERS });
  if (code === "und") return undefined;
  return { value: TWO_LETTER[code] ?? code, provenance: { source: "detected", confidence } };
}

/** The primary language subtag of a BCP 47 tag, lower-cased: "en-US" → "en". */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]?.toLowerCase() ?? tag.toLowerCase();
}

/**
 * Whether the annotators that learnt English may read a text in `language` (a BCP 47 tag): English, or unknown,
 * since a text too short to tell is most often English in a news reader and a lost cue is worse than a weak one.
 */
export function isEnglishOrUnknown(language: string | undefined): boolean {
  return language === undefined || primaryLanguage(language) === "en";
}
