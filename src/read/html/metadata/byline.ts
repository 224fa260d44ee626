/**
 * Author names from byline text: "By Jane Doe and John Roe", "Von Max Muster", "Jane Doe, Reuters". Rejects what is
 * not a person: "Staff", desks, agencies and the outlet itself.
 */

/** Words that make a "name" a desk, agency or role rather than a person. */
const NOT_A_PERSON =
  /^(?:staff|staff reporter|staff writer|editorial staff|the editors?|editors?|editorial|newsroom|news desk|web desk|admin|administrator|redaktion|team|guest|anonymous|unknown|the associated press|associated press|ap|reuters|afp|dpa|bloomberg|press association|pa|upi|cnn|bbc|wire services?)$/i;

const LEAD =
  /^(?:(?:written|posted|reported|published|words|story|text|photos?|edited|compiled)\s+by|geschrieben\s+von|verfasst\s+von|ein\s+(?:beitrag|artikel)\s+von|autor(?:in)?|author|by|von|par|por|di|door|av|af)(?:\s*:\s*|\s+)/i;
/** Everything from here on is not the name: dates, roles, places, "| Updated". */
const TAIL =
  /\s*(?:[|•·–—]|,?\s+(?:updated|published|posted|on|am|the|for|in|at|from|via)\s|\s\d|,\s*(?:reuters|ap|afp|dpa|cnn|bloomberg)\b).*$/i;

/** Role and desk words: "Staff Writers", "Senior Correspondent" are job titles, not names. */
const ROLE_WORD =
  /\b(?:staff|writers?|reporters?|correspondents?|editors?|contributors?|columnist|photographer|redaktion|redakteur(?:in)?|desk|newsroom)\b/i;

/** A person's name: 2–5 words (initials allowed), letters, mostly capitalised, no digits. */
function isPersonName(s: string): boolean {
  if (s.length < 4 || s.length > 60 || /\d|@|https?:|www\./i.test(s)) return false;
  if (NOT_A_PERSON.test(s) || ROLE_WORD.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  const capitalised = words.filter(
    (w) => /^[\p{Lu}]/u.test(w) || /^(?:de|van|von|der|da|di|le|la|bin|al|del|du|dos|ten|ter)$/.test(w),
  ).length;
  return capitalised >= words.length - 1 && /^\p{Lu}/u.test(words[0] ?? "");
}

/** A name word: capitalised (initials with a dot allowed) or a lower-case particle (van, de, von …). */
const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’-]+|[\p{Lu}]\.|(?:de|van|von|der|da|di|le|la|bin|al|del|du|dos|ten|ter|zu))$/u;

/** The run of name words at the start of a string, plus list separators between runs ("Jane Doe and John Roe"). */
function leadingNames(s: string): string {
  const words = s.split(" ");
  let end = 0;
  for (let i = 0; i < words.length; i++) {
    const w = (words[i] ?? "").replace(/[,;]$/, "");
    if (NAME_WORD.test(w) || /^(?:and|und|et|y|&)$/i.test(w)) end = i + 1;
    else break;
  }
  return words.slice(0, end).join(" ");
}

/**
 * Names in a byline string, or [] when it names no person. `single` also accepts one-word names (blog user
 * names), for text from an element marked up as the author (rel=author, class="author").
 */
export function namesFromByline(raw: string, outlet?: string, single = false): string[] {
  let s = raw.replace(/\s+/g, " ").trim();
  if (s.length > 200) return [];
  s = s.replace(LEAD, "");
  s = s.replace(TAIL, "").trim();
  if (
    single &&
    /^[\p{L}\p{N}_.-]{2,30}$/u.test(s) &&
    /\p{L}{2}/u.test(s) &&
    !DOMAIN.test(s) &&
    !NOT_A_PERSON.test(s) &&
    s.toLowerCase() !== outlet?.toLowerCase()
  )
    return [s];
  s = leadingNames(s) || s;
  const parts = s
    .split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\+)\s*/i)
    .map((p) => p.replace(LEAD, "").replace(/^[\s,.:]+|[\s,.:]+$/g, ""))
    .filter((p) => p !== "");
  return parts.map(undouble).filter((p) => isPersonName(p) && !isOutletLike(p, outlet));
}

/** Words that make a name an organisation or a publication: outlets are not authors. */
const ORGANISATION =
  /\b(?:gmbh|ag|inc|ltd|llc|plc|e\.\s?v\.|verlag|media|medien|magazin|magazine|zeitung|news|press|presse|verband|institut|institute|landesanstalt|ministerium|gruppe|group|agentur|agency|stiftung|kreuz|volksblatt|illustrierte|tagblatt|online|redacción|rédaction)\b/i;

/** True when a name is the outlet, contains it, or reads like an organisation. */
function isOutletLike(name: string, outlet: string | undefined): boolean {
  if (ORGANISATION.test(name)) return true;
  if (outlet === undefined || outlet.length < 3) return false;
  // Only "name contains outlet": a personal blog is often named after its author ("Daniel Lemire's blog").
  return name.toLowerCase().includes(outlet.toLowerCase());
}

/** "Lars Fischer Lars Fischer" (a name printed twice by a template) → "Lars Fischer". */
function undouble(name: string): string {
  const w = name.split(" ");
  const half = w.length / 2;
  return w.length % 2 === 0 && w.slice(0, half).join(" ") === w.slice(half).join(" ")
    ? w.slice(0, half).join(" ")
    : name;
}

/** A site name written as a domain ("example.de", "www.example.com"): an outlet, not a person. */
const DOMAIN = /(?:^www\.|\.(?:com|de|net|org|at|ch|fr|uk|io|info|es|it|pe|br)\b)/i;

/** Names from a structured field (JSON-LD/meta): one or more names, maybe with a lead word, never a URL. */
export function namesFromField(raw: string, outlet?: string): string[] {
  if (/^https?:\/\//i.test(raw.trim())) return [];
  const folded = outlet?.toLowerCase();
  const cleaned = raw.replace(/\s+/g, " ").replace(LEAD, "").trim();
  if (cleaned === "" || NOT_A_PERSON.test(cleaned) || cleaned.toLowerCase() === folded) return [];
  const parts = cleaned
    .split(/\s*(?:;|\band\b|\bund\b|&|\|)\s*|,\s+(?=\p{Lu}\p{L}+\s+\p{Lu})/u)
    .filter((p) => p.trim() !== "");
  return parts
    .map((p) => undouble(p.trim()))
    .filter(
      (p) =>
        p.length <= 80 &&
        !NOT_A_PERSON.test(p) &&
        !ROLE_WORD.test(p) &&
        !DOMAIN.test(p) &&
        /\p{L}/u.test(p) &&
        !isOutletLike(p, outlet),
    );
}
