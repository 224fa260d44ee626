/**
 * Author names from byline text: "By Jane Doe and John Roe", "Von Max Muster", "Jane Doe, Reuters". Rejects what is
 * not a person: "Staff", desks, agencies and the outlet itself.
 */

/** Words that make a "name" a desk, agency or role rather than a person. */
const NOT_A_PERSON =
  /^(?:staff|staff reporter|staff writer|editorial staff|the editors?|editors?|editorial|newsroom|news desk|web desk|admin|administrator|redaktion|team|guest|anonymous|unknown|the associated press|associated press|ap|reuters|afp|dpa|bloomberg|press association|pa|upi|cnn|bbc|wire services?)$/i;

const LEAD = /^(?:written\s+by|posted\s+by|reported\s+by|words\s+by|story\s+by|by|von|par|por|di|door|av|af)[:\s]+/i;
/** Everything from here on is not the name: dates, roles, places, "| Updated". */
const TAIL = /\s*(?:[|•·–—]|,?\s+(?:updated|published|posted|on|am|the|for|in|at|from|via)\s|\s\d|,\s*(?:reuters|ap|afp|dpa|cnn|bloomberg)\b).*$/i;

/** A person's name: 2–5 words (initials allowed), letters, mostly capitalised, no digits. */
function isPersonName(s: string): boolean {
  if (s.length < 4 || s.length > 60 || /\d|@|https?:|www\./i.test(s)) return false;
  if (NOT_A_PERSON.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}]/u.test(w) || /^(?:de|van|von|der|da|di|le|la|bin|al|del|du|dos|ten|ter)$/.test(w)).length;
  return capitalised >= words.length - 1 && /^\p{Lu}/u.test(words[0] ?? "");
}

/** Names in a byline string, or [] when it names no person. */
export function namesFromByline(raw: string, outlet?: string): string[] {
  let s = raw.replace(/\s+/g, " ").trim();
  if (s.length > 200) return [];
  s = s.replace(LEAD, "");
  s = s.replace(TAIL, "").trim();
  const parts = s
    .split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\+)\s*/i)
    .map((p) => p.replace(LEAD, "").replace(/^[\s,.:]+|[\s,.:]+$/g, ""))
    .filter((p) => p !== "");
  const folded = outlet?.toLowerCase();
  return parts.filter((p) => isPersonName(p) && p.toLowerCase() !== folded);
}

/** Names from a structured field (JSON-LD/meta): one or more names, maybe with a lead word, never a URL. */
export function namesFromField(raw: string, outlet?: string): string[] {
  if (/^https?:\/\//i.test(raw.trim())) return [];
  const folded = outlet?.toLowerCase();
  const cleaned = raw.replace(/\s+/g, " ").replace(LEAD, "").trim();
  if (cleaned === "" || NOT_A_PERSON.test(cleaned) || cleaned.toLowerCase() === folded) return [];
  const parts = cleaned.split(/\s*(?:;|\band\b|\bund\b|&|\|)\s*|,\s+(?=\p{Lu}\p{L}+\s+\p{Lu})/u).filter((p) => p.trim() !== "");
  return parts.map((p) => p.trim()).filter((p) => p.length <= 80 && !NOT_A_PERSON.test(p) && p.toLowerCase() !== folded);
}
