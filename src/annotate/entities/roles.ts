/**
 * Role rules: titles and functions a text gives a person, from a pre-modifying title ("French Defense Minister
 * General Pistorius"), an apposition before or after the name ("the commander of X, David Petraeus"; "Jane Doe, a
 * spokeswoman for Y,") or a copula ("Jane Doe is an editor at Z"). Each returns roles with the span they came from.
 */
import type { Role } from "../../core/document.js";
import { alternationOf, execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import {
  departmentWordCount,
  NOT_NAMES,
  OFFICE_HEADS,
  OFFICES_OF,
  PLURAL_TITLES,
  RANK_TITLES,
  ROLE_NOUNS,
} from "./lexicon.js";

export interface RoleInput {
  readonly text: string;
  /** The name mention, and the title + name mention when there is one. */
  readonly name: Span;
  readonly titled?: Span;
  /** The sentence the mention stands in. */
  readonly sentence: Span;
  /** Spans of other people's names: a role phrase never runs across another person. */
  readonly otherPeople: readonly Span[];
}

export type RoleRule = (input: RoleInput) => Role[];

const RANKS = new Set(RANK_TITLES.map((t) => t.toLowerCase()));
/** Multi-word offices at the end of a title phrase ("… Attorney General"). */
const OFFICE_SUFFIX = new RegExp(String.raw`\b(${alternationOf(OFFICE_HEADS.filter((o) => o.includes(" ")))})$`, "u");
const RANK_SPLIT = new RegExp(String.raw`\b(${alternationOf(RANK_TITLES)})$`, "u");
/**
 * Words that show a phrase is a clause, not a role: finite verbs and past participles, irregular ones too ("the
 * first leader born after the war").
 */
const VERBISH =
  /(^|\s)(\p{Ll}+ed|is|was|are|were|has|have|had|said|says|will|would|can|could|met|went|came|told|flew|made|spoke|born|known|seen|chosen|taken|given|held|led|run|won|lost)(\s|$)/u;

function role(text: string, start: number, end: number, rule: string): Role {
  return { start, end, role: text.slice(start, end), rule: `roles:${rule}` };
}

/**
 * A word of the not-a-name list, except "New", which opens place names inside titles ("New York City Mayor").
 */
const isFunctionWord = (word: string) => NOT_NAMES.has(word.toLowerCase()) && word !== "New";

/** Conjunctions and sentence adverbs that open a sentence before a titled name ("Indeed Dr. Feaver …"). */
const SENTENCE_OPENERS =
  /^(?:neither|nor|either|both|only|even|just|perhaps|maybe|unlike|like|indeed|however|meanwhile|still|yet|also|then|now|later|earlier|today|yesterday|instead|moreover|furthermore|nevertheless|nonetheless|thus|hence|so|but|and|or|when|while|if|as|after|before|since|because|although|though|where|additionally|separately|finally|similarly|eventually|recently|currently|previously|originally|initially|ultimately|apparently|reportedly|notably|importantly|interestingly|clearly|obviously|fortunately|unfortunately)$/i;

/**
 * Initials that abbreviate a country or a union of them: "U.S.", "U.K.", "U.N.", "E.U." ("D.C." is left out: it
 * ends "Washington, D.C." at the end of a sentence more often than it qualifies an office).
 */
const COUNTRY_INITIALS = /^(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)$/u;

/** "French Defense Minister General" before "Pistorius" → "French Defense Minister" and "General". */
export const preModifierTitle: RoleRule = ({ text, name, titled }) => {
  if (!titled || titled.start >= name.start) return [];
  let start = titled.start;
  // Extend left over capitalised words of the office ("Defense", "Foreign") and a nationality ("French").
  for (;;) {
    // Same line only: a title never runs on from the line above (a caption, a heading).
    const before = /(\p{Lu}[\p{L}.-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
    if (!before?.[1] || /^(The|A|An|In|On|At|And|From|With|By|For|Of|To)$/.test(before[1])) break;
    // "When Mr. Trump …", "Indeed Dr. Feaver …": a sentence's opening word is no part of a title; nor is a word
    // that ends the sentence before ("… Iran. Mr. Trump"), unless it is an abbreviated title itself ("Lt.").
    if (isFunctionWord(before[1]) || SENTENCE_OPENERS.test(before[1])) break;
    // "U.S. Attorney", "U.N. Ambassador": a country's initials qualify the office.
    if (
      before[1].endsWith(".") &&
      !RANKS.has(before[1].toLowerCase()) &&
      !RANKS.has(before[1].toLowerCase().slice(0, -1)) &&
      !COUNTRY_INITIALS.test(before[1])
    )
      break;
    const at = start - before[0].length;
    if (at > 0 && /[.!?:]\s*$/.test(text.slice(Math.max(0, at - 3), at))) {
      start = at;
      break;
    }
    start = at;
  }
  const end =
    name.start - (text.slice(titled.start, name.start).length - text.slice(titled.start, name.start).trimEnd().length);
  const out: Role[] = [];
  const phrase = text.slice(start, end);
  const rank = RANK_SPLIT.exec(phrase);
  // "Attorney General", "Secretary General": an office that ends in a rank word is one title, not two.
  const office = OFFICE_SUFFIX.exec(phrase);
  if (rank?.[1] && rank.index > 0 && !(office && office.index <= rank.index - 1)) {
    const cut = start + rank.index;
    out.push(role(text, start, cut - 1, "pre-modifier"));
    out.push(role(text, cut, end, "rank"));
  } else {
    out.push(role(text, start, end, RANKS.has(phrase.toLowerCase()) ? "rank" : "pre-modifier"));
  }
  return out.filter((r) => r.end > r.start).map(singularTitle);
};

/** "Senators" before "Ann Lee": each person of the list holds the title once, so the role is "Senator". */
function singularTitle(r: Role): Role {
  const last = /\S+$/.exec(r.role);
  const singular = last ? PLURAL_TITLES[last[0]] : undefined;
  return singular && last ? { ...r, role: r.role.slice(0, last.index) + singular } : r;
}

const PLURAL_TITLE = alternationOf(Object.keys(PLURAL_TITLES));
/** A plural title, then list items before the name: "Senators Ann Lee, Bo Yang and " (items: capitalised words). */
const PLURAL_TITLE_LIST = new RegExp(
  String.raw`(?<![\p{L}.])(${PLURAL_TITLE})\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+|,?\s+and\s+))+$`,
  "u",
);

/**
 * "Senators Ann Lee, Bo Yang and Cy Park": the names after the first in a list a plural title opens hold that title
 * too (the first is a titled name, read by preModifierTitle).
 */
export const pluralTitleList: RoleRule = ({ text, name, titled, sentence }) => {
  if (titled) return [];
  const before = text.slice(Math.max(sentence.start, name.start - 160), name.start);
  const m = PLURAL_TITLE_LIST.exec(before);
  const title = m?.[1];
  if (!m || !title) return [];
  const start = name.start - before.length + m.index;
  return [{ ...role(text, start, start + title.length, "plural-title-list"), role: PLURAL_TITLES[title] ?? title }];
};

/** "to" before a lower-case word other than a determiner: an infinitive ("to net", "to overturn"). */
const INFINITIVE = /\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)\p{Ll}/u;

/** "the Chief of the General Staff …, General Milley": the furthest "the ROLE …" phrase that ends at the name. */
export const appositionBefore: RoleRule = ({ text, name, titled, sentence, otherPeople }) => {
  const anchor = titled?.start ?? name.start;
  // The name must stand as a word of its own after the phrase, not inside "anti-Trump" or after "[".
  if (!/[\s,]/.test(text[anchor - 1] ?? "")) return [];
  const before = text.slice(sentence.start, anchor);
  const m = /,?\s*$/.exec(before);
  const phraseEnd = sentence.start + before.length - (m?.[0].length ?? 0);
  const candidates = execAll(/\bthe\s+/gi, before).map((x) => sentence.start + x.index + x[0].length);
  for (const start of candidates) {
    if (start >= phraseEnd) continue;
    const phrase = text.slice(start, phraseEnd);
    const words = phrase.split(/\s+/);
    // A comma inside means a list or a clause boundary, not one role ("the President of X Karim Haddad, French …");
    // so do a colon or quotation marks ("the speaker put it in stark terms: “The actions of the Trump …”"), and "and"
    // before a capital joins two people ("critics like the speaker and Rep. Ilhan Omar").
    if (
      words.length > 16 ||
      VERBISH.test(phrase) ||
      /[;,:“”"«»()[\]]/.test(phrase) ||
      /\band(?:\s+\p{Lu}|$)/u.test(phrase) ||
      // A role is qualified by "of", "for", "to", "at" or "in" ("the head of the delegation"); "on", "about" and
      // "that" start what someone was told ("briefed the president on the source of …").
      /\b(?:on|about|over|with|that|regarding)\b/i.test(phrase) ||
      // "the mayor and police look the other way as the mob carries off Louis Vuitton bags": a subordinate clause or
      // a relative one ends any role.
      /\b(?:as|while|when|because|if|until|where|who|whose|which)\b/i.test(phrase)
    )
      continue;
    if (otherPeople.some((p) => p.start >= start && p.end <= phraseEnd)) continue;
    // "the president to overturn Roe", "the lineup -- it doesn't include": an infinitive or a dash ends any role.
    if (INFINITIVE.test(phrase) || /\s(?:--|—|–)\s|--/.test(phrase)) continue;
    const head = words.findIndex((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/[^a-z-]/g, "")));
    // The role noun leads the phrase (after at most one adjective such as a nationality).
    if (head < 0 || head > 1) continue;
    // "the special prosecutor investigating the leak during the Bush years": a participle after the role noun
    // starts a clause about someone else.
    // ("the chief counting officer": a role noun after it makes it part of the title.)
    const isRoleNoun = (w: string | undefined) => ROLE_NOUNS.has((w ?? "").toLowerCase().replace(/[^a-z-]/g, ""));
    if (/^\p{Ll}{3,}ing$/u.test(words[head + 1] ?? "") && !isRoleNoun(words[head + 2])) continue;
    return [role(text, start, phraseEnd, "apposition-before")];
  }
  return [];
};

/**
 * An office "of" a department right before the name, with no comma: "Secretary of State John Kerry", "Deputy
 * Secretary of the Treasury Neal Wolin", "U.S. Secretary of Homeland Security Jeh Johnson"; an ambassador's or an
 * envoy's "to" a country or body ("U.S. Ambassador to the United Nations Ann Velde"). The department is one to four
 * capitalised words ("Health and Human Services" too).
 */
const OFFICE_OF_ROLE = new RegExp(
  String.raw`(?:(?:U\.S\.|US|UK|U\.K\.|\p{Lu}\p{Ll}+(?:an|ish|ese|i))\s+)?(?:(?:Deputy|Under|Assistant|Acting|Principal|Vice|Former|Then)\s+)*(?:(?:${OFFICES_OF.join("|")})\s+(?:of|for)|(?:Ambassador|Envoy)\s+to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,3},?\s+)$`,
  "u",
);

/** Longest stretch before a name the office pattern reads. */
const OFFICE_OF_REACH = 90;

export const officeOfBefore: RoleRule = ({ text, name, titled, sentence }) => {
  if (titled) return [];
  const from = Math.max(sentence.start, name.start - OFFICE_OF_REACH);
  const before = text.slice(from, name.start);
  // Most names have no office before them: the pattern runs only where " of " or " for " stands close by.
  if (!before.includes(" of ") && !before.includes(" for ") && !before.includes(" to ")) return [];
  const m = OFFICE_OF_ROLE.exec(before);
  if (!m?.[1]) return [];
  const start = from + m.index;
  // "Secretary of State Hillary | Rodham Clinton": a known department ends the office, so a first name the model
  // left out of the name is not taken into the title.
  // "our Deputy Secretary of Defense, Ann Velde": a comma may set the name off from the office.
  const words = m[1].trimEnd().replace(/,$/, "").split(/\s+/);
  const department = departmentWordCount(words);
  const known = department > 0 && words.length > department ? department : undefined;
  const end = known
    ? start + m[0].indexOf(m[1]) + words.slice(0, known).join(" ").length
    : start + m[0].trimEnd().replace(/,$/, "").length;
  return [role(text, start, end, "office-of")];
};

const OFFICE = alternationOf(OFFICE_HEADS);
/** An office word anywhere in a phrase, compiled once (it was built for every name of every article). */
const OFFICE_WORD = new RegExp(String.raw`\b(${OFFICE})\b`);
/**
 * ", a spokeswoman for the ministry,": the role after a name, up to a comma, a full stop, a bracket or "said". It
 * may open with a country's initials ("the U.S. envoy for …") and end before an abbreviation in brackets ("… to
 * the Northern Harvest Front (NHF),"). Up to five words lead to the role noun ("a European Space Agency research
 * fellow"); "another" is a determiner too (", another top aide,"); "on" qualifies a role as "of" does ("a specialist
 * on Ukraine"); a relative clause ends it (", a professor of law at X who has studied …"), and so does an "on" or
 * "during" phrase that runs on past the role ("an aide to the governor on the day's call with …").
 */
const APPOSITION_AFTER =
  /^,\s+(?:(?:the|a|an|his|her|its|another)\s+)?((?:(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)\s+)?(?:[\p{L}\d’'-]+\s+){0,4}?(?:[\p{L}-]+)(?:\s+(?:of|for|at|in|on|to|with)\s+(?:(?!\s(?:who|whose|which|during)\b|\son\s+(?!\p{Lu}))[^,;.()]){2,60})?)(?=,|;|\.|\)|\s+\(\p{Lu}+\)|\s+(?:said|says|told|who|whose|which|during)\b|\s+on\s)/u;

/**
 * Words that open no role after a name's comma: a preposition, a relative pronoun, or "as well as", which joins the
 * next item of a list (", as well as the head of the port authority, Ann Velde"; the "as" of a role is ", as chair of").
 */
const NOT_ROLE_OPENER =
  /^(?:along|together|alongside|with|including|like|unlike|who|who['’]s|whose|which|as\s+well\s+as)\b/iu;

/** Whether a phrase holds a role noun ("a top aide to …"): a name after it is whose role it is. */
const holdsRoleNoun = (phrase: string): boolean =>
  phrase.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/[^a-z-]/g, "")));

/** A person named inside a role phrase after a preposition: "an aide to Vice President Ann Velde" is whose aide. */
const PERSON_AFTER_PREPOSITION = /\b(?:of|for|to|under|with|on)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;

/**
 * A US politician's party and state after the name, before an apposition: ", R-Tenn." or " (D-N.Y.)" (the comma
 * after it opens the apposition).
 */
const PARTY_STATE_TAG =
  /^(?:,\s+[DRI]-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?|\s+\([DRI]-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?\))(?=,)/u;

/**
 * A phrase that opens a quotation and does not close it: a double quote mark with no second one after it. Group 1 is
 * the phrase before the mark.
 */
const UNBALANCED_QUOTE = /^([^"“”]*)(?:“[^”]*|"[^"]*)$/u;

/**
 * "Jane Doe, a spokeswoman for the ministry," / "Jens Stoltenberg, NATO Secretary General,"; after a party-state tag
 * too: "Sen. Lamar Alexander, R-Tenn., chairman of the Senate …".
 */
export const appositionAfter: RoleRule = ({ text, name, otherPeople }) => {
  const tag = PARTY_STATE_TAG.exec(text.slice(name.end, name.end + 30));
  const from = name.end + (tag?.[0].length ?? 0);
  const after = text.slice(from, from + 140);
  const m = APPOSITION_AFTER.exec(after);
  // "Claire McCaskill, D-Mo., and a host of others": a conjunction opens the next item of a list, not a role; nor
  // does a preposition or a relative pronoun (", along with Secretary of Defense …", ", who's now a professor").
  if (!m?.[1] || /^(?:and|or|but|nor)\s/.test(m[1]) || NOT_ROLE_OPENER.test(m[1])) return [];
  // "Ann Lee, as chair of the board, will …": the role is what follows "as".
  const as = /^as\s+/.exec(m[1]);
  const phraseStart = from + m[0].indexOf(m[1]) + (as?.[0].length ?? 0);
  const phraseEnd = from + m[0].indexOf(m[1]) + m[1].length;
  // "Brune, CWA president Larry Cohen, and …": a phrase that names another person is the next item of a list,
  // unless the person stands after a preposition ("a top aide to Vice President Pence") or owns the role ("Pence's
  // top aide").
  if (
    otherPeople.some(
      (p) =>
        p.start >= phraseStart &&
        p.end <= phraseEnd &&
        !(
          PERSON_AFTER_PREPOSITION.test(text.slice(phraseStart, p.start)) &&
          holdsRoleNoun(text.slice(phraseStart, p.start))
        ) &&
        // "Grant Woods, McCain's former chief of staff,": a possessive names whose role it is.
        !/^['’]s\s/.test(text.slice(p.end, p.end + 3)),
    )
  )
    return [];
  // ", author of “Harbour Lights: A History …”": a phrase cut inside a quoted title is a role only by its words
  // before the title (", accepting his award for best actor in “The Night Manager,” …" holds the title's office word,
  // not a role).
  const openQuote = UNBALANCED_QUOTE.exec(m[1]);
  const roleWords = openQuote ? (openQuote[1] ?? "") : m[1];
  const words = roleWords.split(/\s+/);
  const firstWords = words.slice(0, 5).map((w) => w.toLowerCase());
  const officeHit = OFFICE_WORD.test(roleWords);
  // "Reid, Nevada Democrat, said": a party member of a state is a role too.
  const partyMember = PARTY_MEMBER.test(roleWords);
  if (!firstWords.some((w) => ROLE_NOUNS.has(w)) && !officeHit && !partyMember) return [];
  // "a specialist on Ukraine": a role qualified by "on" has its role noun before it ("a feature film on Martin Luther
  // King" is no role).
  const on = /\son\s/.exec(m[1]);
  if (on && !holdsRoleNoun(m[1].slice(0, on.index))) return [];
  if (VERBISH.test(m[1])) return [];
  const located = EMPLOYER_THEN_TOWN.exec(text.slice(phraseStart, phraseEnd));
  if (located?.[1] && located[2]) {
    // "a marine biologist at the Harbour Ocean Institute in Saltby, Maine, and …": the town is where
    // the employer is, not part of the role, and the role read up to the town's comma runs on; the function alone
    // ("planetary scientist") is the role the reader keeps, the function at the employer the full one.
    return [
      role(text, phraseStart, phraseStart + located[1].length, "apposition-function"),
      role(text, phraseStart, phraseStart + located[1].length + located[2].length, "apposition-after"),
    ];
  }
  return [role(text, phraseStart, phraseEnd, "apposition-after")];
};

/**
 * A role at an employer, then the employer's town: "scientist at the X Center in Greenbelt", "analyst with Y in
 * Paris". Group 1: the function; group 2: the function at the employer.
 */
const EMPLOYER_THEN_TOWN =
  /^((?:[\p{L}\d’'-]+\s+){0,4}?[\p{L}-]+)(\s+(?:at|with)\s+(?:the\s+)?\p{Lu}.*?)\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/**
 * "Ann Velde — a spokeswoman for the governor — said": an apposition set off by a pair of dashes. It must open with
 * an article and close with the same dash; a name after a preposition inside is what the role is of ("a press
 * secretary for Tom Hale"), not a second person in a list.
 */
const DASH_APPOSITION = /^\s*(—|–|--)\s*(?:the|a|an|his|her|its)\s+([^—–;.()!?]{3,90}?)\s*(—|–|--)/u;

export const dashApposition: RoleRule = ({ text, name, otherPeople }) => {
  const m = DASH_APPOSITION.exec(text.slice(name.end, name.end + 120));
  if (!m?.[2] || m[1] !== m[3] || m[2].includes("\n") || m[2].includes("--")) return [];
  const start = name.end + m[0].indexOf(m[2]);
  const end = start + m[2].length;
  const heads = m[2].split(/\s+/).slice(0, 4);
  if (!heads.some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/[^a-z-]/g, ""))) && !OFFICE_WORD.test(m[2])) return [];
  if (VERBISH.test(m[2]) || /\b(?:who|which|that)\b/.test(m[2])) return [];
  // Another person may stand only after a preposition ("… for Tom Hale"), never as the phrase's own head.
  const inside = otherPeople.filter((p) => p.start >= start && p.end <= end);
  if (inside.some((p) => !/\b(?:of|for|to|under|with)\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(text.slice(start, p.start))))
    return [];
  return [role(text, start, end, "dash-apposition")];
};

/**
 * "John Roe, a senior fellow at X and a professor of law at Y.": the second role of an apposition joined by "and a"
 * (the first is read by appositionAfter; a bracketed abbreviation may stand between them).
 */
const SECOND_APPOSITION =
  /^(?:\s+\(\p{Lu}[\p{L}.]*\))?,?\s+and\s+(?:a|an|the)\s+([^,;.()]{3,120}?)(?=,|;|\.(?:\s|$)|\)|$)/u;

export const coordinatedApposition: RoleRule = (input) => {
  const first = appositionAfter(input)[0];
  if (!first) return [];
  const { text } = input;
  const m = SECOND_APPOSITION.exec(text.slice(first.end, first.end + 180));
  if (!m?.[1] || m[1].includes("\n")) return [];
  const heads = m[1].split(/\s+/).slice(0, 4);
  if (!heads.some((w) => ROLE_NOUNS.has(w.toLowerCase()))) return [];
  if (VERBISH.test(m[1])) return [];
  const start = first.end + m[0].indexOf(m[1]);
  return [role(text, start, start + m[1].length, "coordinated-apposition")];
};

/** "Nevada Democrat", "Kentucky Republican": a state's or country's party member, one to three capitalised words. */
export const PARTY_MEMBER =
  /^(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:Republican|Democrat|Independent|Conservative|Labour|Liberal Democrat)$/u;

/**
 * "Jane Doe is an editor and journalist at Z" → "editor and journalist at Z"; in a relative clause too ("Jane Doe,
 * who was a longtime adviser to the mayor, said"), where a role noun or a title's initials may open the role with no
 * article ("Jane Doe, who was EVP of sales at Z,").
 */
export const copula: RoleRule = ({ text, name }) => {
  const after = text.slice(name.end, name.end + 160);
  const m =
    /^\s+(?:is|was|has been|serves as|served as)\s+(?:a|an|the)\s+([^,;.]{3,90})/u.exec(after) ??
    // "Jane Doe is Acme's deal curator": the employer's possessive in place of the article.
    /^\s+(?:is|was|has been|serves as|served as)\s+(\p{Lu}[\p{L}\d&-]*['’]s\s+[^,;.]{3,80})/u.exec(after) ??
    RELATIVE_COPULA.exec(after);
  if (!m?.[1]) return [];
  const words = m[1]
    .split(/\s+/)
    .slice(0, 4)
    .map((w) => w.toLowerCase());
  const first = m[1].split(/\s+/)[0] ?? "";
  const initials = TITLE_INITIALS.test(first);
  if (!words.some((w) => ROLE_NOUNS.has(w)) && !initials) return [];
  // With no article the role must open with its noun or a title's initials: "who was later cleared" is no role.
  const possessive = /^\p{Lu}[\p{L}\d&-]*['’]s$/u.test(first);
  if (!/\s(?:a|an|the)\s/.test(m[0]) && !possessive && !ROLE_NOUNS.has(first.toLowerCase()) && !initials) return [];
  const start = name.end + m[0].indexOf(m[1]);
  // "the next leader to struggle with …", "a great president before the war started": the role ends where a
  // clause or an adverbial phrase begins.
  const clause = COPULA_ROLE_END.exec(m[1]);
  const phrase = clause ? m[1].slice(0, clause.index) : m[1];
  if (!initials && !phrase.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase()))) return [];
  return [role(text, start, start + phrase.length, m[0].startsWith(",") ? "relative-copula" : "copula")];
};

/**
 * ", who was a political adviser to X", ", who is also the chair of Y": a relative clause after the name that holds a
 * copula (the article is optional: ", who was EVP of sales").
 */
const RELATIVE_COPULA =
  /^,\s+who\s+(?:is|was|has been|had been|serves as|served as)\s+(?:(?:also|now|then|once|formerly|previously|currently|still)\s+)?(?:(?:a|an|the)\s+)?([^,;.()]{3,90})/u;

/** A title written as its initials: "EVP", "CEO", "CFO", "SVP" (two to four capitals). */
const TITLE_INITIALS = /^(?:[CES]VP|VP|C[EFOT]O|CMO|CIO|COO|GM|MD)$/u;

/**
 * Words that open a clause or a time phrase after a role noun: where a copula's role ends ("… curator and spends 25%
 * of his pay" too: a second verb in the present).
 */
const COPULA_ROLE_END =
  /\s+(?:who|whom|whose|which|that|to\s+(?!(?:the|a|an|his|her|its|their|our|two|three|four|five|several|many|some|all|both)\b)\p{Ll}+|after|before|when|while|since|because|until|during|if|as|than|but|and\s+(?:is|was|has|had|will)\b|and\s+\p{Ll}+s\s+(?:\d|(?:his|her|their|its|the|a|an|about)\b))/u;

/** Relative pronouns: "whose leader" opens a relative clause, not a title. */
const RELATIVE_OR_POSSESSIVE = /^(?:whose|which|who|whom|that)$/i;

/** "the Nation of Islam, whose" before a role noun: the organisation a relative clause's role is held in. */
const OWNER_BEFORE_WHOSE =
  /((?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of|for|and|on|the|\p{Lu}[\p{L}.'’&-]*))*)\s*,\s+whose\s+$/u;

/**
 * "the Nation of Islam, whose leader, Louis Farrakhan": "leader of the Nation of Islam" (the role written with
 * its owner, as "the leader of …" would be), or no role when no capitalised name stands before "whose".
 */
function ownerOfRelativeRole(text: string, headAt: number, head: string): Role[] {
  const before = text.slice(Math.max(0, headAt - 100), headAt);
  const owner = OWNER_BEFORE_WHOSE.exec(before);
  if (!owner?.[1] || !/\p{Lu}/u.test(owner[1])) return [];
  const start = headAt - before.length + owner.index;
  const span = role(text, start, headAt + head.length, "relative-owner");
  return [{ ...span, role: `${head} of ${owner[1].replace(/^The\s/, "the ")}` }];
}

/** Capitalised words an office may be qualified by: an organisation or country ("United Nations", "Spain's"). */
const QUALIFIER = /^(\p{Lu}[\p{L}.'’-]*|of|for)$/u;
/** How many qualifier words may stand before the role noun ("Armed Conflict Location Project spokesman"). */
const MAX_QUALIFIERS = 4;

/**
 * "United Nations envoy Hans Grundberg", "Houthi spokesman Mohammed Abdulsalam", "Spain's science minister, Ana
 * Ruiz": a lower-case role noun right before the name, with the organisation or country that qualifies it.
 */
export const roleNounBefore: RoleRule = ({ text, name, titled }) => {
  const first = roleNounEndingAt(text, titled?.start ?? name.start);
  if (first.length !== 1 || !first[0]) return first;
  // "JPL scientist and study co-author Ann Velde": a second role noun joined by "and" is held by the same name.
  const and = COORDINATED_ROLE_BEFORE.exec(text.slice(Math.max(0, first[0].start - 6), first[0].start));
  if (!and) return first;
  const second = roleNounEndingAt(text, first[0].start - and[0].length);
  return second.length === 1 && second[0]?.rule === "roles:role-noun-before" ? [...second, ...first] : first;
};

/** "and" between two role phrases before one name, on the same line. */
const COORDINATED_ROLE_BEFORE = /[ \t]and[ \t]+$/;

/**
 * Team-sport positions whose last word is no role noun on its own: "running back", "tight end", "left tackle" and
 * "free safety" need the word before them ("back", "end", "tackle", "safety" are too common alone).
 */
const POSITION_MODIFIERS =
  /^(?:running|full|half|defensive|offensive|tight|wide|point|shooting|power|small|left|right|nose|free|strong|starting|backup)$/;
const POSITION_TAILS = new Set(["back", "end", "tackle", "safety", "lineman", "guard", "forward", "center", "centre"]);
/**
 * "center", "guard" and "forward" are positions after a team's or city's name too ("Pittsburgh center Ann Velde",
 * "Lakers forward Bo Yang"); "back", "end", "tackle" and "safety" are verbs or common nouns there ("Democrats back
 * Ann Velde", "Senators tackle Bo Yang's bill") and need a position word before them.
 */
const POSITIONS_AFTER_TEAM = new Set(["guard", "forward", "center", "centre"]);

/** Whether the lower-case word at `i` heads a role: a role noun, or the last word of a team-sport position. */
function headsRole(words: readonly { w: string; at: number }[], i: number, text: string): boolean {
  const w = words[i];
  if (!w) return false;
  if (/^\p{Lu}/u.test(w.w)) return titleCaseRole(words, i, text);
  if (!/^\p{Ll}/u.test(w.w)) return false;
  const lower = w.w.toLowerCase();
  if (ROLE_NOUNS.has(lower)) return true;
  if (!POSITION_TAILS.has(lower)) return false;
  const before = words[i - 1];
  // The position and the word before it stand on one line, with no comma between them.
  if (!before || before.w === "," || text.slice(before.at, w.at).includes("\n")) return false;
  // A position is written right before the name ("Going forward, Ann Velde said" has none).
  if (words[i + 1]?.w === ",") return false;
  if (POSITION_MODIFIERS.test(before.w)) return true;
  return (
    POSITIONS_AFTER_TEAM.has(lower) &&
    /^\p{Lu}[\p{L}'’.-]*$/u.test(before.w) &&
    !/ing$/.test(before.w) &&
    // "Moving forward Ann Velde …", "Now forward Bo Yang …": a sentence's opening word is no team's name.
    !isFunctionWord(before.w) &&
    !SENTENCE_OPENERS.test(before.w)
  );
}

/** Titles the titled-person recogniser reads before a name ("President", "Sen.", "Minister"): no role noun's job. */
const TITLE_HEADS: ReadonlySet<string> = new Set([...OFFICE_HEADS, ...RANK_TITLES].map((t) => t.toLowerCase()));

/**
 * "Valley Sports NBA Insider Jason Roe", "Fox News Correspondent Ann Velde": a job written in title case after the
 * employer's name. The role noun is capitalised, the word before it is a capitalised name word on the same line
 * (not a sentence's opening word), and the noun is no title a titled name would carry.
 */
function titleCaseRole(words: readonly { w: string; at: number }[], i: number, text: string): boolean {
  const w = words[i];
  const before = words[i - 1];
  if (!w || !before || words[i + 1]?.w === ",") return false;
  const lower = w.w.toLowerCase();
  if (!ROLE_NOUNS.has(lower) || TITLE_HEADS.has(lower) || !/^\p{Lu}[\p{L}&.'’-]*$/u.test(before.w)) return false;
  if (text.slice(before.at, w.at).includes("\n") || isFunctionWord(before.w) || SENTENCE_OPENERS.test(before.w))
    return false;
  return !/(?:^|[.!?:]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, before.at - 4), before.at));
}

function roleNounEndingAt(text: string, anchor: number): Role[] {
  // The last three words decide whether there is a role noun at all (most names have none before them); the rest
  // are read only for one that has.
  const lastThree = lastWordsBefore(text, Math.max(0, anchor - 100), anchor, 3);
  const lastAt = lastThree.at(-1)?.w === "," ? lastThree.length - 2 : lastThree.length - 1;
  if (!headsRole(lastThree, lastAt, text)) return [];
  const words = lastWordsBefore(text, Math.max(0, anchor - 100), anchor, WORDS_READ_BEFORE);
  let i = words.length - 1;
  if (words[i]?.w === ",") i--;
  const head = words[i];
  if (!head || !headsRole(words, i, text)) return [];
  // "the Nation of Islam, whose leader, Louis Farrakhan": the role belongs to the name before "whose".
  if (RELATIVE_OR_POSSESSIVE.test(words[i - 1]?.w ?? "")) return ownerOfRelativeRole(text, head.at, head.w);
  let start = head.at;
  // One lower-case modifier may precede the noun: "science minister", "foreign minister".
  const modifier = words[i - 1];
  if (
    modifier &&
    /^\p{Ll}[\p{Ll}-]+$/u.test(modifier.w) &&
    // ("but biologist Ann Velde": a conjunction is no modifier.)
    !/^(the|a|an|and|or|but|nor|yet|so|of|to|by|with|said|told|says|as)$/.test(modifier.w) &&
    !RELATIVE_OR_POSSESSIVE.test(modifier.w)
  ) {
    start = modifier.at;
    i--;
  }
  let qualifiers = 0;
  // A job in title case counts its own capitalised modifiers among them ("CBS News Senior National Security
  // Analyst"): two more.
  const most = /^\p{Lu}/u.test(head.w) ? MAX_QUALIFIERS + 2 : MAX_QUALIFIERS;
  for (let j = i - 1; j >= 0 && qualifiers < most; j--) {
    const w = words[j];
    if (
      !w ||
      // A qualifier stands on the role's line: "Clinton" ending the headline above qualifies nothing.
      text.slice(w.at, start).includes("\n") ||
      !QUALIFIER.test(w.w) ||
      /^(The|A|An|In|On|At|And|But|As|Their|His|Her|Its|Our|My|Your|This|That)$/.test(w.w) ||
      // "For White House press secretary Sean Spicer": a capitalised function word opens the sentence.
      (/^\p{Lu}/u.test(w.w) && isFunctionWord(w.w)) ||
      // "… Verdict Read. Harbour Hawks goalie Bo Yang": a word with a full stop ends the sentence before ("U.S." is
      // initials).
      /\p{Ll}\.$/u.test(w.w)
    )
      break;
    start = w.at;
    qualifiers++;
  }
  while (/^(of|for)\s/.test(text.slice(start, head.at))) start = text.indexOf(" ", start) + 1;
  return [role(text, start, head.at + head.w.length, "role-noun-before")];
}

/**
 * "the owner of Masterpiece Cakes, Jack Hill": a phrase that ends in a preposition stops before its object, so the
 * name after it is what the role is of (a business), not who holds it.
 */
export const isCompleteRole = (r: Role): boolean =>
  !/\s(?:of|for|at|in|to|with|and|on|after|before|by|from|than|under|over|about)$/i.test(r.role);

/**
 * Most words `roleNounBefore` reads before a name: a comma, the role noun, one modifier and MAX_QUALIFIERS
 * qualifiers (two more for a job in title case), and one more that stops them.
 */
const WORDS_READ_BEFORE = MAX_QUALIFIERS + 6;
const SPACE = /\s/;

/**
 * The last `count` words of text[from, to) as /[^\s,]+|,/g splits it (a comma is a word of its own), in text
 * order, found by reading back from `to`: splitting the hundred characters before every person mention to read
 * its last few words was most of this rule's cost.
 */
function lastWordsBefore(text: string, from: number, to: number, count: number): { w: string; at: number }[] {
  const words: { w: string; at: number }[] = [];
  let end = to;
  while (words.length < count) {
    while (end > from && SPACE.test(text[end - 1] as string)) end--;
    if (end <= from) break;
    let start = end - 1;
    if (text[start] !== ",")
      while (start > from && text[start - 1] !== "," && !SPACE.test(text[start - 1] as string)) start--;
    words.push({ w: text.slice(start, end), at: start });
    end = start;
  }
  return words.reverse();
}

/**
 * Modifiers that belong to an office, not to the organisation written before it: "Senior Fellow", "Deputy
 * Director", "Chief Medical Officer" keep them.
 */
const OFFICE_MODIFIERS = new Set([
  "senior",
  "deputy",
  "vice",
  "chief",
  "assistant",
  "associate",
  "executive",
  "acting",
  "former",
  "principal",
  "managing",
  "general",
  "lead",
  "interim",
  "special",
]);

/** Heads that say nothing without what they are of: "head of the team" gives no role "head". */
const RELATIONAL_HEADS = new Set(["head", "chief", "member", "leader", "one", "part"]);

/**
 * The employer after a role: ", at X", "with X", "for X", "in X", a dash or a bracket, or a second role joined by
 * "and" ("a lawyer and an adjunct professor"; not "Health and Human Services"); and "of" before an
 * organisation's or a place's name ("vice president of the Harbour Partnership", "governor of Massachusetts"), not
 * before a field ("professor of law", "chief of staff").
 */
const EMPLOYER_AFTER_ROLE = /\s+(?:at|with|for|in|from|to)\s|\s*[,—–(]|\s+and\s+(?=\p{Ll})/u;
/** "of" before a name, after a role in lower case: "vice president of the Harbour Partnership". */
const OF_EMPLOYER = /\s+of\s+(?:the\s+)?\p{Lu}/u;
/**
 * A title written in title case ("Defense Minister", "Secretary of State", "Colorado Governor"): the capitalised
 * words with it may be part of the office, so they stay; an acronym ("Salesforce CEO") is no such title.
 */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}/u;

/** A role word: a role noun or a title, written "CEO", "Sen." or "governor". */
const isRoleWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return ROLE_NOUNS.has(lower.replace(/[^\p{L}-]/gu, "")) || TITLE_HEADS.has(lower);
};

/**
 * roles:function — the office a role phrase names, without the employer it is held at: "professor at X University"
 * → "professor", "Salesforce CEO" → "CEO", "the department's deputy director" → "deputy director", "Colorado
 * Governor" → "Governor". A reader (and an analyst listing roles) keeps the function as well as the full phrase;
 * the same person is "CEO" in one article and "CEO of X" in the next. The employer is cut after the role (a
 * preposition, a comma, a dash), an owner's possessive before it, and capitalised name words before it (the
 * employer's or a place's name; "and" inside such a name too), keeping modifiers of the office ("senior", "vice").
 * Nothing when what remains does not end in a role word, is the whole phrase, or is a bare relational head.
 */
export function functionOfRole(r: Role): Role | undefined {
  const lastWordOf = (p: string) => /\S+$/u.exec(p)?.[0] ?? "";
  const cut = EMPLOYER_AFTER_ROLE.exec(r.role);
  // "Ambassador to Norway", "Secretary for Health": a title in title case keeps its phrase.
  const cutsAt = cut && !TITLE_CASE_WORD.test(lastWordOf(r.role.slice(0, cut.index))) ? cut.index : r.role.length;
  let phrase = r.role.slice(0, cutsAt);
  const of = OF_EMPLOYER.exec(phrase);
  if (of && !TITLE_CASE_WORD.test(lastWordOf(phrase.slice(0, of.index)))) phrase = phrase.slice(0, of.index);
  const titleCase = TITLE_CASE_WORD.test(lastWordOf(phrase));
  let from = 0;
  const owner = /^.*['’]s\s+/u.exec(phrase);
  if (owner) from = owner[0].length;
  const words = execAll(/\S+/gu, phrase.slice(from)).map((m) => ({ w: m[0], at: from + m.index }));
  let i = 0;
  const isNameWord = (w: string) => /^\p{Lu}/u.test(w) && !isRoleWord(w) && !OFFICE_MODIFIERS.has(w.toLowerCase());
  while (i < words.length - 1) {
    const w = words[i]?.w ?? "";
    const next = words[i + 1]?.w ?? "";
    if (/^(?:the|a|an)$/i.test(w)) i++;
    else if (!titleCase && (isNameWord(w) || (/^(?:and|&|of|for)$/.test(w) && i > 0 && isNameWord(next)))) i++;
    else break;
  }
  const first = words[i];
  const last = words.at(-1);
  // "Named for economist": a phrase left opening with a function word is no office.
  if (!first || !last || !isRoleWord(last.w) || isFunctionWord(first.w)) return undefined;
  phrase = phrase.slice(first.at, last.at + last.w.length);
  if (phrase === r.role || (i === words.length - 1 && RELATIONAL_HEADS.has(phrase.toLowerCase()))) return undefined;
  const start = r.start + first.at;
  return { start, end: start + phrase.length, role: phrase, rule: "roles:function" };
}

export const ROLE_RULES: readonly RoleRule[] = [
  preModifierTitle,
  officeOfBefore,
  pluralTitleList,
  roleNounBefore,
  appositionBefore,
  appositionAfter,
  coordinatedApposition,
  dashApposition,
  copula,
];
