/**
 * Companies and publications the tagger missed. The NER model learnt its organisations from 1996 newswire, so a
 * firm founded since ("a fintech startup", "a teardown site") is often left untagged or read as a person or a
 * place. What the text says around the name is the evidence a reader uses: a company has shares, analysts, a chief
 * executive and a ticker; a maker or a retailer is named after its trade; and "The" written with a capital inside a
 * sentence is part of a title ("told The Daily Ledger").
 */
import type { Mention } from "../../core/document.js";
import { isWholeWordAt } from "../../core/letters.js";
import { execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";
import { lookupPlace } from "../geo/gazetteer.js";
import { isFirstName } from "./first-names.js";
import { NOT_NAMES, OFFICE_HEADS, RANK_TITLES, ROLE_NOUNS } from "./lexicon.js";
import type { MentionRefiner } from "./refiners.js";

/** One capitalised word of a name: "Brightwell", "Q-Lab", "Fin&Co", "A123"; or a lower-case-initial brand, "eBay". */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}&'’.-]*[\p{L}\p{N}]|\p{Lu}|\p{Ll}\p{Lu}[\p{L}\p{N}]+)`;
/**
 * A look-ahead that admits every place NAME_WORD may start, by plain range checks (a capital, or a small letter before
 * one; any non-ASCII character): a scan for whole names tries the look-behind before it only there.
 */
const AT_NAME_WORD = String.raw`(?=[A-Z\u0080-\u{10FFFF}]|[a-z][A-Z\u0080-\u{10FFFF}])`;
/** A name of one to three such words. */
const NAME = String.raw`${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2}`;

/**
 * The words before a company's name that say what it is: its stock, its chief, its analysts, its trade ("battery
 * maker", "fintech startup", "beauty company"). Nouns a person is called as often ("publisher", "developer",
 * "partner") are left out.
 */
const COMPANY_NOUN_WORDS =
  "company|firm|giant|maker|manufacturer|retailer|startup|start-up|conglomerate|lender|insurer|airline|brokerage|chain|supplier|studio";
const COMPANY_NOUN = String.raw`[\p{L}-]*(?:${COMPANY_NOUN_WORDS})`;
/**
 * Found by the noun itself, the word it ends checked behind it: the same names as `\b${COMPANY_NOUN}`, whose letters
 * before the noun were tried from every word boundary of the text (its costliest scan). Only where each match starts
 * differs, which nothing reads: the name (group 1) and the match's end are the same.
 */
const COMPANY_BEFORE = new RegExp(
  String.raw`(?:\b(?:[Ss]hares|[Ss]tock) of|\b(?:CEO|[Cc]hief executive|(?:[Cc]o-?)?[Ff]ounder|[Cc]hairman|[Cc]hairwoman) of|\b[Aa]nalysts? at|(?:${COMPANY_NOUN_WORDS})(?<=\b${COMPANY_NOUN}))[ \t]+(${NAME})`,
  "gu",
);

/** A company noun right after the name: the name is its place or its field ("founder of Valley start-up Lumo"). */
const COMPANY_NOUN_AFTER = new RegExp(String.raw`^[ \t]+${COMPANY_NOUN}\b`, "u");

/**
 * What follows a company's name and not a person's: its analysts, executives, shares, chief or founders; a car
 * maker's dealers and vehicles.
 */
const COMPANY_AFTER =
  /^(?:[ \t]+(?:analysts?|executives?|shareholders|shares|stock|co-?founder|founder|CEO|chief executive|dealerships?|vehicles|sedans|SUVs|minivans)\b|['’]s[ \t]+(?:analysts?|executives?|shareholders|shares|stock|co-?founder|founder|CEO|chief executive|board)\b)/u;

/**
 * A stock ticker in brackets right after the name: "(NYSE: BWL)"; a bare "(BWL)" only with its stock or a price move
 * after it, since brackets after a name more often hold its initials ("(MFO)") or an agency's credit ("(AP)").
 */
const TICKER_AFTER =
  /^[ \t]*\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|OTC)[ \t]*:[ \t]*[A-Z]{1,5}(?:\.[A-Z])?\)|[A-Z]{2,5}\)[ \t]+(?:stock|shares|rose|fell|gained|dropped|climbed|slid|jumped|tumbled)\b)/;

/** After the name, a verb that makes the name the founder's or the owner's ("the company Ortiz founded"). */
const OWNER_VERB_AFTER = /^[ \t]+(?:co-?founded|founded|started|created|built|runs|ran|owns|owned|led|leads|joined)\b/;

/** Words that may open a capitalised run without naming a company: pronouns, numbers, months, days. */
const NOT_A_NAME =
  /^(?:This|That|These|Those|Its|Their|His|Her|Our|It|If|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Most|All|Both|Several|Everyone|Everybody|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|I)$/;

/** Title and role words ("President", "Chief", "Analyst"): a run they open names a person or an office. */
const TITLE_OR_ROLE = new Set(
  [...RANK_TITLES, ...OFFICE_HEADS, ...ROLE_NOUNS].map((t) => t.toLowerCase().replace(/\.$/, "")),
);

/** Whether the run's first word cannot open a company's name: a function word, a title, a month, a pronoun. */
const opensNoName = (word: string): boolean =>
  NOT_A_NAME.test(word) ||
  NOT_NAMES.has(word.toLowerCase()) ||
  TITLE_OR_ROLE.has(word.toLowerCase()) ||
  PLURAL_INITIALS.test(word) ||
  PRONOUN_CONTRACTION.test(word);

/** "I've", "It's", "We're": a pronoun with its verb, capitalised as "I" always is or at a sentence's start. */
const PRONOUN_CONTRACTION = /^(?:I|It|He|She|We|They|You|That|There)['’]/;

/** Initials in the plural name a kind of people or bodies, not one company: "insurer CEOs", "NGOs". */
const PLURAL_INITIALS = /^\p{Lu}{2,}s$/u;

/** A town this large, or a country, state or capital, keeps its place sense whatever stands beside it. */
const MAJOR_PLACE_POPULATION = 100_000;
const MAJOR_PLACE_FEATURE = /^(?:PCL\w*|ADM1|PPLC|PPLA)$/;

/** Whether a name is a country, a state, a capital or a large town ("Texas shareholders", "Ohio executives"). */
const isMajorPlace = (name: string): boolean =>
  lookupPlace(name).some((p) => MAJOR_PLACE_FEATURE.test(p.featureCode) || p.population >= MAJOR_PLACE_POPULATION);

/** Mentions the context rules may retype: the tagger's and the copies of its names, not another rule's finding. */
const RETYPABLE = /^entities:(?:ner|name-propagation)/;

/**
 * "shares of Brightwell", "fintech startup Lumo", "Kestrel analyst Dana Ruiz", "Harrow's (HRW) stock": a name in
 * a company's context is an organisation. An untagged name becomes a mention; one the tagger typed a place or a
 * miscellaneous name is retyped; one it typed a person only when the name is not a first name and no person of the
 * article carries it. Every other occurrence of the same name the tagger typed otherwise is that company too.
 */
export const companiesByContext: MentionRefiner = (mentions, text, ranges) => {
  // Words of the article's people: full names, and names a rule other than the tagger found (a byline, a title).
  const personWords = new Set(
    mentions
      .filter(
        (m) =>
          m.type === "person" &&
          m.form === "name" &&
          (!RETYPABLE.test(m.rule) || /\s/.test(text.slice(m.start, m.end))),
      )
      .flatMap((m) => text.slice(m.start, m.end).split(/\s+/)),
  );
  // Names of two words or more the tagger typed a person ("Dana Ruiz") are people whatever stands beside them.
  const fullNames = mentions.filter(
    (m) => m.type === "person" && m.form === "name" && /\s/.test(text.slice(m.start, m.end)),
  );
  const found: Span[] = [];
  const consider = (start: number, end: number) => {
    const name = text.slice(start, end).replace(/['’]s$/, "");
    const words = name.split(/[ \t]+/);
    // A first name opens a person's name ("founder of Dana Ruiz's firm"); alone it may be a company's ("shares of Kia").
    if (opensNoName(words[0] ?? "") || (words.length > 1 && isFirstName(words[0] ?? "")) || isMajorPlace(name)) return;
    // "Many analysts", "Retail shares": a word the text also writes in lower case is a common word.
    if (words.length === 1 && writtenInLowerCase(text, name)) return;
    if (OWNER_VERB_AFTER.test(text.slice(end, end + 16)) || COMPANY_NOUN_AFTER.test(text.slice(end, end + 30))) return;
    // A person of the article ("Ortiz said … Ortiz executives") stays a person.
    if (words.some((w) => personWords.has(w))) return;
    if (fullNames.some((p) => p.start < end && start < p.end)) return;
    found.push({ start, end: start + name.length });
  };
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    for (const m of execAll(COMPANY_BEFORE, slice)) {
      const name = m[1] ?? "";
      const start = range.start + (m.index ?? 0) + m[0].length - name.length;
      consider(start, start + name.length);
    }
  }
  // Names already proposed, and capitalised runs nobody proposed, followed by a company's context.
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    for (const m of execAll(NAME_RUN, slice)) {
      const start = range.start + (m.index ?? 0);
      const end = start + m[0].length;
      // "Lumora CEO Dana Ruiz": the run holds the officer's title and name after the company's.
      const words = execAll(/\S+/g, m[0]);
      const title = words.findIndex((w, i) => i > 0 && i <= MAX_NAME_WORDS && OFFICER_TITLE.test(w[0]));
      if (title > 0) {
        const last = words[title - 1] as RegExpMatchArray;
        consider(start, start + (last.index ?? 0) + last[0].length);
        continue;
      }
      if (words.length > MAX_NAME_WORDS) continue;
      const after = text.slice(end, end + 40);
      if (COMPANY_AFTER.test(after) || TICKER_AFTER.test(after)) consider(start, end);
    }
  }
  if (found.length === 0) return [...mentions];
  return asOrganisations(mentions, text, found);
};

/** Whether the text writes the word in lower case somewhere ("many" for "Many"). */
function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1))
    if (isWholeWordAt(text, at, at + lower.length)) return true;
  return false;
}

/**
 * A whole capitalised run, possessive included, not inside a longer word: a run of more than three words is no
 * company's name ("State Department Middle East analyst").
 */
const NAME_RUN = new RegExp(
  String.raw`${AT_NAME_WORD}(?<![\p{L}\p{N}&'’.-])${NAME_WORD}(?:[ \t]+${NAME_WORD})*(?:['’]s)?(?![\p{L}\p{N}])`,
  "gu",
);
const MAX_NAME_WORDS = 3;

/** A company officer's title inside a capitalised run, before the officer's name: "Lumora CEO Dana Ruiz". */
const OFFICER_TITLE = /^(?:CEO|CFO|COO|CTO|Founder|Co-[Ff]ounder|Cofounder|Chairman|Chairwoman)$/;

/**
 * The found spans as organisation mentions: a span no mention overlaps becomes one; a mention the span lies in
 * exactly, or that lies in the span, is retyped when the rules may retype it. Other occurrences of the names follow.
 */
function asOrganisations(mentions: readonly Mention[], text: string, found: readonly Span[]): Mention[] {
  const names = new Set<string>();
  const added: Mention[] = [];
  const out = [...mentions];
  for (const span of found) {
    const overlapping = out.filter((m) => m.start < span.end && span.start < m.end);
    if (overlapping.length === 0) {
      added.push({ ...span, type: "organization", form: "name", rule: "entities:company-context", score: 0.9 });
      names.add(text.slice(span.start, span.end));
      continue;
    }
    // The tagger's span may keep an abbreviation's full stop the name pattern leaves out ("Harrow Bros.").
    const same = overlapping.find(
      (m) =>
        m.form === "name" &&
        m.start === span.start &&
        (m.end === span.end || (m.end === span.end + 1 && text[span.end] === ".")),
    );
    if (same && (same.type === "organization" || RETYPABLE.test(same.rule)))
      names.add(text.slice(same.start, same.end));
  }
  const retyped = out.map((m) =>
    m.form === "name" && m.type !== "organization" && RETYPABLE.test(m.rule) && names.has(text.slice(m.start, m.end))
      ? { ...m, type: "organization" as const, rule: `${m.rule}+company-context` }
      : m,
  );
  return [...retyped, ...added].sort((a, b) => a.start - b.start);
}

/** The rule suffix of a mention that opens with a capital "The": the entity's name leaves the article out. */
export const CAPITAL_THE_RULE = "+capital-the";

/** A capital "The" with a word before it on the line that is not a name's: the article opens a title. */
const CAPITAL_THE_BEFORE = /(?:^|[^\p{L}])(\p{Ll}[\p{L}'’-]*|[,(])[ \t]+The[ \t]+$/u;

/**
 * Where the capital "The" right before `start` stands, when it is inside a sentence (a lower-case word or a comma
 * before it on the line), else -1.
 */
function capitalTheBefore(text: string, start: number): number {
  if (start < 4) return -1;
  const from = Math.max(0, start - 40);
  const before = text.slice(from, start);
  // The pattern tries every position of the slice: most slices hold no "The" at all.
  if (!before.includes("The") || !CAPITAL_THE_BEFORE.test(before)) return -1;
  return from + before.lastIndexOf("The");
}

/**
 * "according to The Daily Ledger's fact checker", "told The Harbour Times": inside a sentence, "The" is written
 * with a capital only as part of a name, so the organisation's mention opens with it. At a sentence's start or in
 * a title-case heading the capital says nothing, and the name stays as the tagger found it.
 */
export const capitalTheOpensName: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "organization" || m.form !== "name") return m;
    const the = capitalTheBefore(text, m.start);
    return the < 0 ? m : { ...m, start: the, rule: `${m.rule}${CAPITAL_THE_RULE}` };
  });

/** The head nouns of papers' and magazines' names: "The Weekly Standard", "The Harbour Times", "the Guardian". */
const PAPER_HEADS =
  "Standard|Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Examiner|Observer|Telegraph|Guardian|Economist|Register|Courier|Ledger|Dispatch|Bulletin|Inquirer|Sentinel";
/** A paper's head noun as the last word of its name. */
const PAPER_HEAD = new RegExp(`\\s(?:${PAPER_HEADS})$`, "u");
/** A paper's head noun as the whole name. */
const PAPER_HEAD_ALONE = new RegExp(`^(?:${PAPER_HEADS})$`, "u");
/** "the" or "The" right before a name. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he[ \t]+$/u;

/**
 * "telling The Weekly Standard last fall": a name the tagger typed a person, after a capital "The" inside a sentence
 * and ending in a paper's head noun, is the paper (capitalTheOpensName then takes "The" into its name).
 */
export const papersAfterCapitalTheAreOrganisations: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if (m.type !== "person" || m.form !== "name" || !RETYPABLE.test(m.rule)) return m;
    if (!PAPER_HEAD.test(text.slice(m.start, m.end)) || capitalTheBefore(text, m.start) < 0) return m;
    return { ...m, type: "organization" as const, rule: `${m.rule}+paper-after-the` };
  });

/**
 * "told the Guardian", "The Economist reported": a paper's head noun alone, after "the", is the paper, though the
 * tagger reads the lone word as a misc word or a person. Only the tagger's own mentions are retyped.
 */
export const papersNamedByTheirHeadAlone: MentionRefiner = (mentions, text) =>
  mentions.map((m) => {
    if ((m.type !== "misc" && m.type !== "person") || m.form !== "name" || !RETYPABLE.test(m.rule)) return m;
    if (!PAPER_HEAD_ALONE.test(text.slice(m.start, m.end))) return m;
    if (!THE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) return m;
    return { ...m, type: "organization" as const, rule: `${m.rule}+paper-head-alone` };
  });

/**
 * The last word of a company's legal or family name, or of its trade's: "Bros.", "Inc.", "LLC", "Holdings",
 * "Motors", "Airlines", "Industries".
 */
const COMPANY_SUFFIX =
  /\s(?:Bros|Brothers|Inc|Corp|Co|Ltd|LLC|PLC|plc|Holdings|GmbH|AG|SA|Motors|Airlines|Airways|Industries|Pharmaceuticals|Technologies)\.?$/u;

/**
 * "Harrow Bros.", "Tundrix Holdings", "Kessa Motors": a name the tagger typed a person that ends in a company's
 * suffix is the company (nobody's surname is "Inc." or "Motors"); so is the name without its suffix, where the
 * tagger typed that a person too ("Kessa Motors … Kessa said") and no person's full name of the article has it.
 */
export const companySuffixesAreOrganisations: MentionRefiner = (mentions, text) => {
  const stems = new Set<string>();
  const retyped = mentions.map((m) => {
    if (m.form !== "name") return m;
    const name = text.slice(m.start, m.end);
    const suffix = COMPANY_SUFFIX.exec(name);
    if (suffix === null || (m.type !== "organization" && !(m.type === "person" && RETYPABLE.test(m.rule)))) return m;
    stems.add(name.slice(0, suffix.index));
    return m.type === "person" ? { ...m, type: "organization" as const, rule: `${m.rule}+company-suffix` } : m;
  });
  if (stems.size === 0) return retyped;
  const fullNames = mentions
    .filter((m) => m.type === "person" && m.form === "name" && !COMPANY_SUFFIX.test(text.slice(m.start, m.end)))
    .map((m) => text.slice(m.start, m.end))
    .filter((n) => /\s/.test(n));
  for (const stem of stems) if (fullNames.some((n) => n.includes(stem))) stems.delete(stem);
  return retyped.map((m) =>
    m.type === "person" && m.form === "name" && RETYPABLE.test(m.rule) && stems.has(text.slice(m.start, m.end))
      ? { ...m, type: "organization" as const, rule: `${m.rule}+company-suffix-stem` }
      : m,
  );
};

/**
 * Place senses a company may share its name with: a region, a forest, a desert, a river or its basin, a valley
 * ("Amazon", "Patagonia", "Sahara"). A town, a state, a country, a continent or a building ("Ford", "Georgia",
 * "Europe", "Pentagon") is left to the rules for places, as is a name the gazetteer does not know.
 */
const REGION_FEATURE = /^(?:RGN|DSRT|FRST|STM|BSN|VAL)/;

/** What follows a company's name and never a region's: its staff, its stock, its trade, what it sells and ships. */
const COMPANY_CUE_AFTER =
  /^(?:['’]s)?[ \t]+(?:co-?founder|founder|CEO|chief executive|executives?|employees?|workers?|staff(?:ers)?|spokes(?:man|woman|person)|shareholders|shares|stock|subsidiary|warehouses?|fulfil?lment|packages?|deliver(?:y|ies)|drivers?|drones?|stores?|website|app|customers|shoppers|sellers|products?|devices?|sales|revenues?|profits?|earnings|bestseller|algorithms?|platform|account|announcement|headquarters|investors|board|contractors?|dealerships?|vehicles?|models?|recalls?|factory|factories)\b/u;

/** A possessive before a quoted title: "Acme's "Night Shift"", a company's show or product. */
const POSSESSIVE_BEFORE_TITLE = /^['’]s[ \t]+["“]/u;

/** A stock ticker after the name: "Acme (ACM.O)", "Acme ACM, +2.1%", "Acme (NASDAQ: ACM)". */
const TICKER_CUE_AFTER =
  /^[ \t]*\(?(?:(?:NYSE|NASDAQ|Nasdaq)[ \t]*:[ \t]*)?([A-Z]{2,5})(?:\.[A-Z]{1,2})?\)?(?=[\s,;:]|$)/;

/** Before a company's name: its kind ("companies such as", "e-commerce giant"), its staff, or a purchase through it. */
const COMPANY_CUE_BEFORE = new RegExp(
  String.raw`(?:\b(?:companies|firms|corporations|retailers|giants|businesses|brands|rivals|competitors|employers|platforms|websites|sellers|stores),?[ \t]+(?:like|such as|including)|\b(?:workers?|employees?|staff|executives?|engineers?|managers?|jobs?|worked|works|working|employed)[ \t]+(?:at|for|by)|\b(?:buy|buys|buying|bought|order|orders|ordered|ordering|available|sold|sells|selling|shop|shopping|purchased?|purchasing|streaming|streams)\b[^.!?\n]{0,40}\b(?:on|from|through|via|at)|(?:${COMPANY_NOUN_WORDS})(?<=\b${COMPANY_NOUN}))[ \t]+$`,
  "iu",
);
const COMPANY_CUE_LOOKBACK = 70;

/** A company's doings right after its name: "Acme said", "Acme can ship", "Acme has hired". */
const COMPANY_VERB_AFTER =
  /^[ \t]+(?:(?:has|had|will|would|can|could|also|now|then|recently)[ \t]+)?(?:said|says|announced|announces|launched|launches|hired|hires|hopes|plans|ships|shipped|ship|collects|collected|sells|sold|acquired|bought|employs|declined|changed|seems|offers|owns|pays|paid|opened|fired|confirmed|denied|agreed|previews|unveiled)\b/u;

/** Around a region's name: "the Amazon", "Brazil's Amazon", "Amazon rainforest", "in Patagonia". */
const PLACE_CUE_AFTER =
  /^[ \t]+(?:rain ?forests?|basin|river|jungles?|forests?|region|delta|tribes?|valley|desert|wilderness|deforestation|fires|wildfires)\b/u;
const PLACE_CUE_BEFORE = /(?:\b[Tt]he|\b(?:in|across|into|throughout)|\p{Lu}[\p{L}.]*['’]s)[ \t]+$/u;
/** "stake in", "investors in": money put into a company, not a stay in a region. */
const MONEY_IN_BEFORE = /\b(?:invest(?:ed|ing|ors?|ments?|s)?|stakes?|shares|jobs|sales)[ \t]+in[ \t]+$/u;

/** Between two items of a list, with at most one unnamed item and a ticker in brackets between them. */
const LIST_GAP =
  /^[ \t]*(?:\([^()\n]{1,14}\))?[ \t]*(?:,|,?[ \t]*(?:and|or|&))[ \t]*(?:\p{Lu}[\p{L}'’.-]*[ \t]*(?:\([^()\n]{1,14}\))?[ \t]*(?:,|,?[ \t]*(?:and|or|&))[ \t]*)?$/u;

/** The rule of a mention the tagger or the gazetteer proposed as a place. */
const PLACE_RULE = /^entities:(?:ner-LOC|gazetteer)/;

/** Mentions this rule may retype: the tagger's, the gazetteer's, and copies of their names. */
const REGION_OR_COMPANY_RULE = /^entities:(?:ner|gazetteer|name-propagation)/;

/**
 * "Amazon's warehouses", "workers at Amazon", "Microsoft, Amazon and Google" against "the Amazon", "Brazil's Amazon",
 * "the Amazon rainforest": a one-word name that the gazetteer knows as a region at most (a rainforest, a desert, a
 * river basin, or nothing at all) is a company or a region as the words around it say, which the tagger (and the
 * gazetteer) cannot tell. Each mention's cues count; where the article gives cues of one kind only, every mention of
 * the name is of that kind; where it gives both, a mention takes its own cue's kind or the nearest cued mention's.
 */
export const regionNamesByContext: MentionRefiner = (mentions, text) => {
  const byName = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (m.form !== "name") return;
    const name = text.slice(m.start, m.end);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(name)) return;
    const at = byName.get(name);
    if (at) at.push(i);
    else byName.set(name, [i]);
  });
  const out = [...mentions];
  for (const [name, indices] of byName) {
    const ms = indices.map((i) => mentions[i] as Mention);
    // A name read as a place somewhere (another rule may have made it a company since: "Acme CEO").
    if (!ms.some((m) => m.type === "place" || PLACE_RULE.test(m.rule)) || ms.some((m) => m.type === "person")) continue;
    const senses = lookupPlace(name);
    if (senses.length === 0 || !senses.every((p) => REGION_FEATURE.test(p.featureCode))) continue;
    const cues = indices.map((i) => cueOf(mentions, i, text));
    const company = cues.filter((c) => c === "organization").length;
    const place = cues.filter((c) => c === "place").length;
    if (company === 0 && place === 0) continue;
    indices.forEach((i, k) => {
      const m = mentions[i] as Mention;
      if (!REGION_OR_COMPANY_RULE.test(m.rule)) return;
      const type = company === 0 ? "place" : place === 0 ? "organization" : (cues[k] ?? nearestCue(indices, cues, k));
      if (type !== undefined && type !== m.type)
        out[i] = { ...m, type, rule: `${m.rule}+${type === "place" ? "region" : "company"}-by-context` };
    });
  }
  return out;
};

/** What the words around mention i say it is: a company, a region, or (no cue, or both) nothing. */
function cueOf(mentions: readonly Mention[], i: number, text: string): "organization" | "place" | undefined {
  const m = mentions[i] as Mention;
  const name = text.slice(m.start, m.end);
  const before = text.slice(Math.max(0, m.start - COMPANY_CUE_LOOKBACK), m.start);
  const after = text.slice(m.end, m.end + 40);
  const ticker = TICKER_CUE_AFTER.exec(after)?.[1];
  const prev = mentions[i - 1];
  const next = mentions[i + 1];
  const listedWith = (other: Mention | undefined, gap: string) =>
    other?.type === "organization" && other.form === "name" && LIST_GAP.test(gap);
  const company =
    COMPANY_CUE_AFTER.test(after) ||
    POSSESSIVE_BEFORE_TITLE.test(after) ||
    COMPANY_VERB_AFTER.test(after) ||
    (ticker !== undefined && ticker[0] === name[0]) ||
    COMPANY_CUE_BEFORE.test(before) ||
    // "Acme's Dana Ruiz": a person right after the possessive works there.
    (/^['’]s[ \t]+$/u.test(text.slice(m.end, next?.start ?? m.end)) && next?.type === "person") ||
    (prev !== undefined && listedWith(prev, text.slice(prev.end, m.start))) ||
    (next !== undefined && listedWith(next, text.slice(m.end, next.start)));
  const place = PLACE_CUE_AFTER.test(after) || (PLACE_CUE_BEFORE.test(before) && !MONEY_IN_BEFORE.test(before));
  return company === place ? undefined : company ? "organization" : "place";
}

/** The cue of the cued mention nearest to the k-th (by index among the name's mentions). */
function nearestCue(
  indices: readonly number[],
  cues: readonly ("organization" | "place" | undefined)[],
  k: number,
): "organization" | "place" | undefined {
  for (let d = 1; d < indices.length; d++) {
    const cue = cues[k - d] ?? cues[k + d];
    if (cue !== undefined) return cue;
  }
  return undefined;
}

/** One to three capitalised words opening a list item, then " in " and a capitalised place: "Kessa in Georgia". */
const ITEM_IN_PLACE = /^(?:and[ \t]+)?(\p{Lu}[\p{L}&'’.-]*(?:[ \t]+\p{Lu}[\p{L}&'’.-]*){0,2})[ \t]+in[ \t]+\p{Lu}/u;
/** The first item ends the clause that opens the list: "Plants opened in May: Brightwell in Ohio". */
const LAST_ITEM_IN_PLACE =
  /(?:^|[\s:,])(\p{Lu}[\p{L}&'’.-]*(?:[ \t]+\p{Lu}[\p{L}&'’.-]*){0,2})[ \t]+in[ \t]+\p{Lu}[^;]*$/u;
/** Fewest items of agreeing type that make a list's unnamed items of that type too. */
const MIN_AGREEING_ITEMS = 2;

/**
 * "BMW in South Carolina; Kessa in Georgia; and Toyota in Kentucky": the items of a list set apart by semicolons
 * that each open with a name and "in" and a place are names of one kind. Where two or more items open with an
 * organisation (or a person) and none with another kind, a name opening another item that no mention covers is one
 * too (the tagger misses names it did not see in 1996 in such runs).
 */
export const parallelListItemsShareTheirType: MentionRefiner = (mentions, text, ranges) => {
  const added: Mention[] = [];
  for (const range of ranges) {
    const slice = text.slice(range.start, range.end);
    if (!slice.includes(";")) continue;
    for (const line of execAll(/[^\n]+/g, slice)) {
      const parts = line[0].split(";");
      if (parts.length < 3) continue;
      const items: { start: number; end: number; type: Mention["type"] | undefined }[] = [];
      let at = range.start + (line.index ?? 0);
      for (const [k, part] of parts.entries()) {
        const lead = part.length - part.trimStart().length;
        const head = (k === 0 ? LAST_ITEM_IN_PLACE : ITEM_IN_PLACE).exec(part.trimStart());
        if (head?.[1] !== undefined) {
          const start = at + lead + (head.index ?? 0) + head[0].indexOf(head[1]);
          const end = start + head[1].length;
          const covering = mentions.filter((m) => m.start < end && start < m.end);
          const same = covering.find((m) => m.start === start && m.end === end && m.form === "name");
          if (covering.length === 0) items.push({ start, end, type: undefined });
          else if (same) items.push({ start, end, type: same.type });
        }
        at += part.length + 1;
      }
      const types = new Set(items.flatMap((i) => (i.type === undefined ? [] : [i.type])));
      const [type] = [...types];
      if (types.size !== 1 || (type !== "organization" && type !== "person")) continue;
      if (items.filter((i) => i.type === type).length < MIN_AGREEING_ITEMS) continue;
      for (const i of items)
        if (i.type === undefined && !opensNoName(text.slice(i.start, i.end).split(/[ \t]/)[0] ?? ""))
          added.push({
            start: i.start,
            end: i.end,
            type,
            form: "name",
            rule: "entities:parallel-list-item",
            score: 0.7,
          });
    }
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
};
