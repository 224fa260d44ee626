/**
 * The outlet from the page's own words about itself. A scraped page names its publisher in the furniture around the
 * article: the copyright line, the newsletter and notification prompts, "Contact X", "Why you can trust X", and the
 * logo's line on its own. Any one of these can mislead (a newsletter of one section, a menu repeating a label), so
 * each rule gives its name a weight and a name wins only on enough of them together.
 */
import { escapeRegExp, execAll, wholeWordPattern } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import type { Line } from "./lines.js";

/** A name the page gives itself, with the weight of the phrase that named it. */
export interface SelfReference {
  readonly name: string;
  readonly span: Span;
  readonly rule: string;
  readonly weight: number;
}

/**
 * A publication's name as pages write it: up to four capitalised words, "&" and inner capitals allowed
 * ("AUTO&Wirtschaft", "The Daily Harbour"); a capital "The" belongs to it when it is written mid-sentence.
 */
const NAME = String.raw`((?:The\s+)?\p{Lu}[\p{L}\p{N}'’&.!-]*(?:\s+(?:&\s+|of\s+)?\p{Lu}[\p{L}\p{N}'’&!-]*){0,3})`;

/** NAME, as short as what follows it allows: the name before a legal form that the pattern leaves out. */
const LAZY_NAME = String.raw`((?:The\s+)?\p{Lu}[\p{L}\p{N}'’&!-]*(?:\s+(?:&\s+|of\s+)?\p{Lu}[\p{L}\p{N}'’&!-]*){0,3}?)`;

/** Words that make a capitalised phrase an outlet's name rather than just an organisation. */
export const OUTLET_HEAD =
  /\b(news|times|post|herald|journal|tribune|gazette|daily|media|press|agency|tv|radio|network|magazine|review|observer|guardian|telegraph|wire|insider|report|chronicle|today|express|mail|star|sun|standard|independent|monitor|dispatch|courier|bulletin|broadcasting|channel|weekly|online|ledger|register|record|sentinel|inquirer|examiner|globe|mirror|beacon|bee|citizen|economist|atlantic|statesman|telegram|pioneer|enquirer|reporter|banner)\b/i;

/** Generic words a prompt puts after the name ("The Harbour Newsletter", "Harbour News Navigation"). */
const TRAILING_FURNITURE =
  /(?:\s+(?:Newsletters?|Navigation|Services|Team|App|Apps|Email|E-Mail|Alerts?|Updates|Podcast|Homepage|Home|Plus|Pro|PRO|Premium))+$/u;

/** The abbreviated legal forms that may follow a company's name after a comma ("Harbour Media, LLC"). */
const LEGAL_FORM_WORD = String.raw`(?:Inc|LLC|L\.L\.C|Ltd|GmbH|AG|plc|Corp|Co)\.?`;

/** A company's legal form: the copyright holder is the owner (a media group), not the outlet the reader knows. */
const LEGAL_FORM =
  /\b(?:Inc|LLC|Ltd|Limited|GmbH|AG|SA|S\.A|plc|Corp|Corporation|Company|Co|Communications|Holdings|Group|Verlag|Enterprises|Interactive|Newspapers|Publishing)\.?$/iu;

/** Capitalised words that open prompts or credits and never begin a publication's name. */
const NOT_A_NAME =
  /^(?:Us|Me|Them|You|Our|Unser\w*|Notre|Nuestro|This|These|Your|My|Mein\w*|All|Alle|Free|Daily|Weekly|Email|E-Mail|Account|Login|A|An|Ein|Eine|Theme|Powered|Designed|Website|Site|Web)\b/u;

/** Where a rights notice begins, the name has ended ("X All Rights Reserved", "X Alle Rechte", "X TOUS DROITS"). */
const RIGHTS_NOTICE = /\s+(?:All|Alle|Tous|Todos|Some)\b.*$|\s+(?:Rights|Rechte|Droits|Derechos|Reserved)\b.*$/iu;

interface SelfReferenceRule {
  readonly name: string;
  /** Capture group 1 is the outlet's name. */
  readonly pattern: RegExp;
  readonly weight: number;
  /** The rule does not hold when what follows its match fits this (the name is a company's: "X, LLC"). */
  readonly notBefore?: RegExp;
  /** The phrase names a brand for sure, so words that open prompts ("Daily", "Free") may open its name. */
  readonly brandForSure?: boolean;
}

/**
 * What may stand between a company's name and its legal form: a comma, the town in brackets and "Private" ("Harbour
 * Printers (Saltby) Private Ltd.").
 */
const BEFORE_LEGAL_FORM = String.raw`,?\s+(?:\([^()]{1,30}\)\s+)?(?:Private\s+|Pvt\.?\s+)?`;

/** "…, LLC", " Inc.": the text after a name that makes it a company's. */
const LEGAL_FORM_AFTER = new RegExp(String.raw`^${BEFORE_LEGAL_FORM}${LEGAL_FORM_WORD}(?![\p{L}])`, "u");

/** Whether the text after a name (`rest`) names a company's legal form: the name is a company's, maybe an owner's. */
export function followedByLegalForm(rest: string): boolean {
  return LEGAL_FORM_AFTER.test(rest);
}

/**
 * A copyright notice's opening up to the holder: the mark (once or twice), the year or years, "©  2019-2024, "; the
 * symbol may follow the year ("Copyright 2020 © X").
 */
const COPYRIGHT_YEAR = String.raw`^(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)(?:\s*(?:©|\([Cc]\)|[Cc]opyright))?\s*\d{4}(?:\s*[-–]\s*(?:\d{4})?)?(?:\s*©)?,?\s*`;

/** Ordered rules: the copyright notice is the page's signature, each prompt one more hint. */
export const SELF_REFERENCE_RULES: readonly SelfReferenceRule[] = [
  // "Harbour Post is a registered trademark of Harbour Media Inc.": the footer's legal line names the brand itself,
  // before the copyright notice names its holder (the name may stand in quotes, and may open with "Daily").
  {
    name: "trademark",
    pattern: new RegExp(String.raw`(?:^|\.\s+)["“]?${NAME}["”]?\s+is\s+a\s+(?:registered\s+)?trademark\b`, "u"),
    weight: 2,
    brandForSure: true,
  },
  {
    // A notice has a year ("© 2024 X"); "© X" alone is a photo's credit ("© AGENCY / Photographer") or a blogger's.
    name: "copyright",
    pattern: new RegExp(String.raw`${COPYRIGHT_YEAR}(?:by\s+)?${NAME}`, "u"),
    weight: 3,
    notBefore: LEGAL_FORM_AFTER,
  },
  {
    // "© Harbour Post. All rights reserved.", "© Harbour Post Pty Ltd. All rights reserved.": a notice without a year
    // is the page's when it reserves the rights (a photo's credit does not); the holder's legal form is left out.
    name: "copyright-reserved",
    pattern: new RegExp(
      String.raw`^(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)\s*(?!(?:[Cc]opyright|COPYRIGHT|[Aa]ll)\b)${LAZY_NAME}(?:,?\s+(?:Pty\.?\s+|Pvt\.?\s+)?(?:Ltd|Limited|Inc|LLC|GmbH|plc|Corp)\.?)?[.,]?\s+All\s+[Rr]ights\s+[Rr]eserved`,
      "u",
    ),
    weight: 2,
  },
  {
    // "© Harbour.org 2003 - 2019 powered by …": the notice may name the holder before the years.
    name: "copyright-name-first",
    // "© Copyright 2017 by …": a second mark is no holder's name.
    pattern: new RegExp(
      String.raw`^(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)\s*(?!(?:[Cc]opyright|COPYRIGHT)\b)${NAME}\s+\d{4}\b`,
      "u",
    ),
    weight: 2,
  },
  {
    // "© 2019 Harbour Media, LLC", "Copyright © 2000- Harbour.com, LLC.": the holder is a company, which may be the
    // outlet's owner (a media group) or the outlet itself, so its name counts as one hint, not as the signature.
    name: "copyright-company",
    pattern: new RegExp(String.raw`${COPYRIGHT_YEAR}${NAME}(?=${BEFORE_LEGAL_FORM}${LEGAL_FORM_WORD}\b)`, "u"),
    weight: 1,
  },
  {
    // "Privacy Policy © valley voice 2019": the notice closing a footer line of labels, the holder before the year;
    // the name may be written in lower case, as some publications write theirs.
    name: "copyright-line-end",
    pattern:
      /(?:^|\s)(?:©|\([Cc]\)|[Cc]opyright)\s*(?!(?:[Cc]opyright|COPYRIGHT|[Aa]ll)\b)(\p{L}[\p{L}\p{N}&'’-]*(?:\s+[\p{L}\p{N}&'’-]+){0,3}?)\s+\d{4}$/u,
    weight: 2,
  },
  {
    // "Harbourpost.com Copyright (c) 2020 by Harbour Post Group": the site's domain over its notice; "Printed from
    // https://harbourpost.com": a printed page's footer. The domain's name is the site's (read as the page writes it,
    // see displayedName).
    name: "domain-notice",
    pattern:
      /(?:(?:^|\s)Printed from\s+(?:https?:\/\/)?(?:www\.)?([\p{L}\p{N}-]+)\.(?:com|net|org)\b|^([\p{L}\p{N}-]+)\.(?:com|net|org)\s+(?:©|\([Cc]\)|[Cc]opyright)\b)/u,
    weight: 2,
  },
  // "I agree that Harbour Post may send me offers": the sign-up form's consent line.
  {
    name: "consent",
    pattern: new RegExp(String.raw`\bI agree that\s+${NAME}\s+(?:can|may)\s+send\b`, "u"),
    weight: 1,
  },
  { name: "subscribe-to", pattern: new RegExp(String.raw`\b[Ss]ubscribe to\s+${NAME}`, "u"), weight: 1 },
  // Not after "our"/"your": "our Politics Newsletter" is one section's letter.
  {
    name: "newsletter-of",
    pattern: new RegExp(
      String.raw`(?<!\b(?:[Oo]ur|[Yy]our|[Uu]nser\w*)\s)\b${NAME}(?:'s|’s)?\s+[Nn]ewsletters?\b`,
      "u",
    ),
    weight: 1,
  },
  { name: "sign-up-for", pattern: new RegExp(String.raw`\bsign up for\s+${NAME}`, "u"), weight: 1 },
  // "Get Harbour Post delivered", "get more Harbour Post delivered to your inbox".
  { name: "delivered", pattern: new RegExp(String.raw`\b[Gg]et\s+(?:more\s+)?${NAME}\s+delivered\b`, "u"), weight: 1 },
  { name: "notifications-from", pattern: new RegExp(String.raw`\bnotifications from\s+${NAME}`, "u"), weight: 1 },
  { name: "contact", pattern: new RegExp(String.raw`^Contact\s+${NAME}$`, "u"), weight: 1 },
  // "You can contact Harbour Post on Facebook or email news@…": the page's contact line in a sentence.
  {
    name: "contact-on",
    pattern: new RegExp(String.raw`\b[Cc]ontact\s+(?!(?:Us|Me)\b)${NAME}\s+(?:on|at|via|by)\s`, "u"),
    weight: 1,
  },
  { name: "trust", pattern: new RegExp(String.raw`^Why you can trust\s+${NAME}$`, "u"), weight: 1 },
  // "Follow Valley Voice on Twitter", "Follow Valley Voice online:".
  { name: "follow-on", pattern: new RegExp(String.raw`^Follow\s+${NAME}\s+(?:on|online)\b`, "u"), weight: 1 },
  // "Valley Voice homepage": the label of the logo's link home.
  {
    name: "logo-label",
    pattern: new RegExp(String.raw`^${NAME}\s+(?:[Hh]omepage|[Hh]ome [Pp]age|[Hh]ome|[Ll]ogo)$`, "u"),
    weight: 1,
  },
  // "More From Harbour Post", "About Harbour Post", "Advertise on Harbour Post": the page's links about itself.
  { name: "more-from", pattern: new RegExp(String.raw`^More [Ff]rom\s+${NAME}$`, "u"), weight: 1 },
  {
    name: "about",
    pattern: new RegExp(String.raw`^About\s+(?!(?:[Tt]he|[Tt]his|[Oo]ur|[Mm]e|[Uu]s)\b)${NAME}$`, "u"),
    weight: 1,
  },
  { name: "advertise-on", pattern: new RegExp(String.raw`^Advertise (?:on|with|in)\s+${NAME}$`, "u"), weight: 1 },
  { name: "support", pattern: new RegExp(String.raw`^Support\s+${NAME}(?:'s|’s)?\s+journalism\b`, "iu"), weight: 1 },
  // "Harbour Post is part of Ferry Media Inc, a digital publisher": the site's line about its owner.
  {
    name: "owned-by",
    pattern: new RegExp(String.raw`^${NAME}\s+is\s+(?:part\s+of|owned\s+by|published\s+by|a\s+division\s+of)\b`, "u"),
    weight: 1,
  },
  // "Harbour Post is supported by its readers": the line over its affiliate links.
  {
    name: "audience",
    pattern: new RegExp(String.raw`^${NAME}\s+is\s+supported\s+by\s+its\s+(?:audience|readers)\b`, "u"),
    weight: 1,
  },
  // "Senior editor at Harbour Post.", "Jane Roe is a reporter for Harbour Post": an author's bio names the employer
  // (a past one too, so it is one hint).
  {
    name: "bio-employer",
    pattern: new RegExp(
      String.raw`\b(?:[Ww]riter|[Ee]ditor|[Rr]eporter|[Cc]orrespondent|[Cc]olumnist|[Cc]ontributor|[Pp]roducer|[Jj]ournalist)\s+(?:at|for)\s+${NAME}`,
      "u",
    ),
    weight: 1,
  },
  // "Order through our links and Harbour Post may receive a small commission": the affiliate disclosure.
  {
    name: "affiliate",
    pattern: new RegExp(
      String.raw`\b${NAME}\s+(?:may|might|can)\s+(?:get|earn|receive|collect)\s+(?:a\s+share|a\s+(?:small\s+)?commission|an\s+affiliate\s+commission|compensation)\b`,
      "u",
    ),
    weight: 1,
  },
  // "By Jane Roe, Harbour Post Staff" / "By Jane Roe | Harbour Post": the byline names the staff's outlet.
  {
    name: "byline-staff",
    pattern: new RegExp(
      String.raw`^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:,\s*${NAME}\s+(?:Staff|staff)(?:\s+[Ww]riter)?|\|\s*${NAME})$`,
      "u",
    ),
    weight: 1,
  },
];

/** Prompts are short lines; a long sentence that names an outlet is the article talking about it. */
const MAX_PROMPT_WORDS = 30;
/** The logo's line on its own adds this much, at most this often (a menu may repeat a label on every page part). */
const LOGO_LINE_WEIGHT = 1;
const MAX_LOGO_LINES = 2;
/** Weight a name needs: the copyright line, or two prompts, or a prompt and the logo's line. */
const MIN_WEIGHT = 2;

/** A site's domain ending a name: "Harbour.com". */
const DOMAIN_ENDING = /(?<=\p{L})\.(?:com|net|org)$/iu;

/**
 * The name a rule captured, without trailing furniture words; undefined when it is no publication's name. The site's
 * domain is its name without the ending ("Harbour.com" is Harbour), unless `keepDomain` (the page calls itself by its
 * domain, "Phys.org").
 */
function cleanName(raw: string, keepDomain = false, brandForSure = false): string | undefined {
  // A sentence ends the name ("© 2024 Harbour. All rights reserved").
  const name = (raw.split(/[.,;:]\s/u)[0] ?? raw)
    .replace(RIGHTS_NOTICE, "")
    .replace(/[.,;:]+$/u, "")
    .replace(TRAILING_FURNITURE, "")
    // "Harbour.com": the site's domain is its name.
    .replace(keepDomain ? /$^/u : DOMAIN_ENDING, "")
    .trim();
  if (name === "" || (!brandForSure && NOT_A_NAME.test(name)) || LEGAL_FORM.test(name)) return undefined;
  return name;
}

/** The self-reference of each short line of the page (the first rule that fits it). */
export function findSelfReferences(lines: readonly Line[]): SelfReference[] {
  const found: SelfReference[] = [];
  let text: string | undefined;
  // Whether the page calls itself by its domain ("Harbour.org"): it writes the domain more than once (the notice and
  // a sentence) and the name without its ending nowhere.
  const namedByDomain = (domain: string): boolean => {
    text ??= lines.map((l) => l.value).join("\n");
    const bare = escapeRegExp(domain.replace(DOMAIN_ENDING, ""));
    const ending = domain.slice(domain.lastIndexOf(".") + 1);
    const whole = new RegExp(String.raw`(?<![\p{L}\p{N}.])${bare}\.${ending}(?![\p{L}\p{N}])`, "giu");
    const alone = new RegExp(String.raw`(?<![\p{L}\p{N}.])${bare}(?!\.(?:com|net|org)\b|[\p{L}\p{N}])`, "u");
    return (text.match(whole)?.length ?? 0) >= 2 && !alone.test(text);
  };
  for (const line of lines) {
    if (line.words > MAX_PROMPT_WORDS) continue;
    for (const rule of SELF_REFERENCE_RULES) {
      const m = rule.pattern.exec(line.value);
      const raw = m?.[1] ?? m?.[2];
      if (!m || raw === undefined) continue;
      if (rule.notBefore?.test(line.value.slice(m.index + m[0].length))) continue;
      const domain = /^[^\s]+$/u.test(raw.trim()) && DOMAIN_ENDING.test(raw.trim()) ? raw.trim() : undefined;
      const cleaned = cleanName(raw, domain !== undefined && namedByDomain(domain), rule.brandForSure);
      if (!cleaned) continue;
      text ??= lines.map((l) => l.value).join("\n");
      const name = rule.name === "domain-notice" ? (displayedName(cleaned, text) ?? cleaned) : cleaned;
      const start = line.start + m.index + m[0].lastIndexOf(raw);
      // A name read elsewhere on the page ("Harbour Times" for "harbourtimes") keeps the domain's span at the notice.
      const end = start + (name === cleaned ? name.length : cleaned.length);
      found.push({ name, span: { start, end }, rule: rule.name, weight: rule.weight });
      // One line is one hint, however many rules it fits ("subscribe to the X newsletter").
      break;
    }
  }
  return found;
}

/**
 * How the page writes the name a domain spells without spaces or capitals ("harbourtimes" → "Harbour Times",
 * "dailyferry" → "DailyFerry"): its first occurrence with a capital letter, not followed by the domain's ending.
 */
export function displayedName(domainName: string, text: string): string | undefined {
  const letters = [...domainName.toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (letters.length < 3) return undefined;
  const spelled = letters.map(escapeRegExp).join("\\s?");
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}.@/])${spelled}(?![\p{L}\p{N}]|\.(?:com|net|org)\b)`, "giu");
  for (const m of execAll(pattern, text)) if (/^\p{Lu}/u.test(m[0])) return m[0];
  return undefined;
}

const key = (name: string): string => name.replace(/^the\s+/iu, "").toLowerCase();

/** A page's button or menu label, which may open and close a page too. */
const PAGE_LABEL =
  /^(?:menu|home|top|back to top|close|search|share|print|log ?in|sign ?in|subscribe|advertisement|skip to content|x)$/i;

/** Most words of a logo's line. */
const LOGO_MAX_WORDS = 4;
/** The weight of a name that both opens and closes the page: as much as a copyright line. */
const BOOKEND_WEIGHT = 2;

/**
 * The page's first and last lines, when they read the same short capitalised name: the site's logo, which a scraped
 * page shows at its top and again in its footer.
 */
function logoBookends(lines: readonly Line[]): SelfReference | undefined {
  const first = lines.find((l) => l.words > 0);
  const last = lines.findLast((l) => l.words > 0);
  if (!first || !last || first === last || first.value.trim() !== last.value.trim()) return undefined;
  // The line is the name alone: "Harbour Newsletter" at both ends is a prompt repeated, not a logo.
  const name = cleanName(first.value.trim());
  if (
    !name ||
    name !== first.value.trim() ||
    first.words > LOGO_MAX_WORDS ||
    !/^\p{Lu}/u.test(name) ||
    PAGE_LABEL.test(name)
  )
    return undefined;
  const start = first.start + (first.value.length - first.value.trimStart().length);
  return { name, span: { start, end: start + name.length }, rule: "logo-bookends", weight: BOOKEND_WEIGHT };
}

/**
 * The name the page gives itself most, when its weight (prompts, the copyright line and at most two logo lines
 * that read exactly the name) reaches MIN_WEIGHT; its first mention is the span. `notNames` are the authors': a
 * blogger's notices name the blogger.
 */
export function outletBySelfReference(
  lines: readonly Line[],
  notNames: readonly string[] = [],
): SelfReference | undefined {
  const excluded = new Set(notNames.map(key));
  const totals = new Map<string, { first: SelfReference; weight: number; rules: Set<string> }>();
  for (const r of findSelfReferences(lines)) {
    const k = key(r.name);
    if (excluded.has(k)) continue;
    const entry = totals.get(k) ?? { first: r, weight: 0, rules: new Set<string>() };
    totals.set(k, entry);
    // A menu repeats its prompts in the header and the footer: each rule counts once per name.
    if (!entry.rules.has(r.rule)) entry.weight += r.weight;
    entry.rules.add(r.rule);
  }
  // "Harbour Post" as the page's first line and again as its last: the logo at the top and the bottom of the page.
  const bookend = logoBookends(lines);
  if (bookend && !excluded.has(key(bookend.name))) {
    const k = key(bookend.name);
    const entry = totals.get(k) ?? { first: bookend, weight: 0, rules: new Set<string>() };
    totals.set(k, entry);
    entry.weight += bookend.weight;
    entry.rules.add(bookend.rule);
  }
  for (const [k, entry] of totals) {
    const logoLines = lines.filter((l) => l.words <= 4 && key(l.value) === k).length;
    entry.weight += Math.min(logoLines, MAX_LOGO_LINES) * LOGO_LINE_WEIGHT;
  }
  // The short form supports the full one ("Harbour" in the copyright, "Harbour Daily" in the prompts), unless the
  // full one has too little weight to win alone and less than the short one, and adds no publication's noun: then it
  // is one section's name ("Harbour Deals Newsletter" beside "Harbour Staff" and "Harbour may get a share of the
  // sale"); "Harbour Magazine" is the title, and so is a full name on the logo's line with a prompt.
  const own = new Map([...totals].map(([k, e]) => [k, e.weight]));
  for (const [k, entry] of totals)
    for (const [shorter, weight] of own)
      if (
        k !== shorter &&
        k.startsWith(`${shorter} `) &&
        ((own.get(k) ?? 0) >= Math.min(weight, MIN_WEIGHT) || OUTLET_HEAD.test(k.slice(shorter.length)))
      )
        entry.weight += weight;
  let best: { first: SelfReference; weight: number } | undefined;
  for (const entry of totals.values())
    if (
      !best ||
      entry.weight > best.weight ||
      (entry.weight === best.weight && entry.first.name.length > best.first.name.length)
    )
      best = entry;
  return best && best.weight >= MIN_WEIGHT ? { ...best.first, weight: best.weight } : undefined;
}

/**
 * News agencies by the name readers know them by, with the abbreviation a dateline uses: "(AP)" and "© 2019 The
 * Associated Press" are both the Associated Press. Abbreviations are case-sensitive ("AP", not "Ap").
 */
const AGENCY_NAMES: readonly { readonly pattern: RegExp; readonly name: string; readonly abbreviation?: string }[] = [
  {
    pattern: /^(?:AP|(?:[Tt]he\s+)?(?:[Aa]ssociated [Pp]ress|ASSOCIATED PRESS))$/u,
    name: "Associated Press",
    abbreviation: "AP",
  },
  {
    pattern: /^(?:UPI|(?:[Tt]he\s+)?[Uu]nited [Pp]ress [Ii]nternational)$/u,
    name: "United Press International",
    abbreviation: "UPI",
  },
  { pattern: /^(?:REUTERS|[Rr]euters)$/u, name: "Reuters" },
  { pattern: /^(?:AFP|[Aa]gence [Ff]rance-[Pp]resse)$/u, name: "AFP" },
];

/** The agency's usual name and abbreviation when `name` is a news agency's, else undefined. */
export function agencyOutlet(name: string): { name: string; abbreviation?: string } | undefined {
  const agency = AGENCY_NAMES.find((a) => a.pattern.test(name.trim()));
  if (!agency) return undefined;
  return agency.abbreviation ? { name: agency.name, abbreviation: agency.abbreviation } : { name: agency.name };
}

/**
 * Words that end an owner's name rather than its publication's: "Harbour Media LLC", "The Harbour Times Company",
 * "Harbour News Network". A copyright notice names the owner; readers know the outlet by its brand.
 */
export const OWNER_TAIL =
  /(?:,?\s+(?:Media|Company|Co\.?|Corporation|Corp\.?|Inc\.?|LLC|Ltd\.?|Limited|Group|Holdings|Network|Newspapers|Publishing|Communications|Enterprises|Broadcasting|plc))+\.?$/u;

/**
 * A legal form among an owner's company words: "Harbour Media LLC" is a company's name whatever the page writes,
 * while "Harbour News Network" may be the outlet's own.
 */
const LEGAL_FORM_IN_TAIL = /\s(?:Company|Co\.?|Corporation|Corp\.?|Inc\.?|LLC|Ltd\.?|Limited|plc)(?:\s|$)/u;

/** Initials shorter than this need a second mention to be the brand: two capitals recur by chance. */
const MIN_LONE_INITIALS = 3;

/**
 * The brand an owner's name stands for: the name without its company words ("Harbour Media LLC" → "Harbour", "The
 * Harbour Times Company" → "The Harbour Times") or its initials ("Harbour News Network" → "HNN"), when the page
 * writes it outside the owner's name; else, when the owner's name has a legal form, the name without its company
 * words all the same (a page may name its brand only in its logo, an image). Undefined when `owner` ends in no
 * company word, or in no legal form and the page writes no such brand.
 */
export function brandOfOwner(owner: string, text: string): string | undefined {
  if (!OWNER_TAIL.test(owner)) return undefined;
  const rest = text.split(owner).join(" ");
  const stripped = owner.replace(OWNER_TAIL, "").trim();
  const words = owner.replace(/^the\s+/iu, "").split(/\s+/u);
  const letters = words.every((w) => /^\p{Lu}/u.test(w)) ? words.map((w) => w[0]).join("") : "";
  const mentions = (brand: string): number => rest.match(wholeWordPattern(brand, "gu"))?.length ?? 0;
  if (stripped.length >= 2 && stripped !== owner && mentions(stripped) >= 1) return stripped;
  if (letters.length >= 2) {
    const seen = mentions(letters);
    if (seen >= 2 || (seen === 1 && letters.length >= MIN_LONE_INITIALS)) return letters;
  }
  return stripped.length >= 2 && LEGAL_FORM_IN_TAIL.test(owner.slice(stripped.length)) ? stripped : undefined;
}
