/**
 * Name normalisation for gazetteer matching: case, diacritics, apostrophes and punctuation are folded so that
 * "Ḩamāh", "Hamah" and "HAMAH" meet, and "St. Louis" meets "Saint Louis".
 */
export function normalizeName(name: string): string {
  // Fast path for plain ASCII letters and single spaces, most of the 300k names the gazetteer folds at load.
  if (PLAIN.test(name)) {
    const lower = name.toLowerCase();
    return PREFIX.test(lower) ? expandPrefix(lower) : lower;
  }
  let s = name;
  if (NON_ASCII.test(s)) s = s.normalize("NFKD").replace(MARKS, "");
  s = s.replace(APOSTROPHES, "").replace(DASHES, " ").replace(PUNCT, " ").toLowerCase().replace(SPACES, " ").trim();
  return PREFIX.test(s) ? expandPrefix(s) : s;
}

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const NON_ASCII = /[^ -~\t\n\r]/;
const MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[‘’ʼʻ`´'ʿʾ]/g;
const DASHES = /[‐‑–—-]/g;
const PUNCT = /[.,()"“”]/g;
const SPACES = /\s+/g;
const PREFIX = /^(?:st|ste|ft|mt) /;

function expandPrefix(s: string): string {
  return s.replace(/^st /, "saint ").replace(/^ste /, "sainte ").replace(/^ft /, "fort ").replace(/^mt /, "mount ");
}
