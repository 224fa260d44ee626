/**
 * The event verb of a sentence: the EVENT_VERBS forms used as finite verbs, and of those the first in the main
 * clause. A verb in a subordinate clause ("until a new president is elected", "after Smith resigned") is the
 * sentence's event only when the main clause has none.
 */
import { execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";

/**
 * Verbs that make news events; a sentence whose verb is on none of them has no event. Each is found as a whole word
 * in any letter case, as /\b(flew|flown|…)\b/gi found them: the words are all ASCII letters, so such a match is
 * exactly a maximal run of ASCII word characters ([A-Za-z0-9_], what \b reads) whose lower case is on the list.
 * Looking each run up in a set is much faster than trying two hundred alternatives at every position.
 */
const EVENT_VERBS: ReadonlySet<string> = new Set(
  (
    "flew flown fly landed arrived visited visit visits met meets meeting talked talks spoke held hold signed " +
    "announced announces made attacked killed launched went traveled travelled delivered informed communicated " +
    "returned left withdrew withdrawn sent sends ordered declared elected appointed resigned arrested charged " +
    "sentenced fired struck bombed invaded captured liberated destroyed opened closed agreed rejected approved voted " +
    "passed won lost died injured protested marched warned called urged pledged promised threatened accused denied " +
    "confirmed reported released published filed sued ruled banned imposed lifted raised cut hosted attended joined " +
    "led received welcomed thanked congratulated discussed negotiated demonstrated retained remain remains came " +
    "criticised criticized slammed blamed defended praised endorsed nominated indicted convicted pleaded testified " +
    "unveiled proposed vetoed blocked suspended dismissed hired acquired raided detained deported expelled condemned " +
    // Deals, departures and forecasts, and the present forms headlines and business copy use ("finalizes a deal",
    // "exits her role", "told reporters"): without them a page's main event often has no verb on the list.
    "told tells predicted predicts finalized finalised finalizes finalises completed bought sold purchased buys sells " +
    "exits exited exiting quit quits stepped resigns launches arrives warns urges accuses denies confirms agrees " +
    "rejects approves dies joins hires acquires " +
    // What storms, floods and fires do: with a storm or a place as the subject these are a page's main events.
    // ("hit" is left out: as often a headline's participle, "hit with charges", or a poll's figure.)
    "battered lashed pummeled pummelled tore swept flooded devastated"
  ).split(" "),
);
/** The shortest and longest EVENT_VERBS forms: a run of another length is none of them. */
const [SHORTEST_VERB, LONGEST_VERB] = [...EVENT_VERBS].reduce(
  ([lo, hi], w) => [Math.min(lo, w.length), Math.max(hi, w.length)],
  [Number.POSITIVE_INFINITY, 0],
);

/** [A-Za-z0-9_]: what \b counts as a word character without the u flag. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The EVENT_VERBS forms of a sentence, in order, with their offsets: each maximal run of ASCII word characters of
 * a verb's length is looked up lower-cased (a scan by character codes; most runs are not looked up at all).
 */
export function eventVerbsIn(sentence: string): { index: number; word: string }[] {
  const found: { index: number; word: string }[] = [];
  let i = 0;
  while (i < sentence.length) {
    if (!isAsciiWordChar(sentence.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < sentence.length && isAsciiWordChar(sentence.charCodeAt(i))) i++;
    const length = i - start;
    if (length < SHORTEST_VERB || length > LONGEST_VERB) continue;
    const word = sentence.slice(start, i);
    if (EVENT_VERBS.has(word.toLowerCase())) found.push({ index: start, word });
  }
  return found;
}

/** Words before a verb form that make it a noun ("the meeting", "their talks", "a visit"); not "that", which more often opens a clause ("said that talks …"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|their|its|our|no)\s+$/i;
/** Auxiliaries that make "led by …" a passive clause of its own rather than a phrase describing a noun. */
const AUXILIARY_BEFORE = /\b(?:was|were|is|are|be|been|being|has|have|had|get|gets|got)\s+(?:\p{L}+ly\s+)?$/iu;
/** "with 11 months left in his term": a participle after a span of time describes it; nothing happened. */
const TIME_SPAN_BEFORE = /\b(?:\d+|a few|several)\s+(?:seconds|minutes|hours|days|weeks|months|years)\s+$/i;

/**
 * Words that open a subordinate clause. Its verb is background to the main clause's event, and some openers
 * make it unreal: CONDITIONAL_OPENERS.
 */
const SUBORDINATORS =
  /\b(if|unless|until|whether|when|whenever|while|after|before|since|once|because|although|though|that|who|whom|which|whose|where|as)\b/gi;
/** Subordinators whose clause states no fact: "if he resigned", "until a new president is elected". */
export const CONDITIONAL_OPENERS = new Set(["if", "unless", "until", "whether"]);

export interface Trigger {
  /** Offset of the verb in the sentence. */
  readonly index: number;
  readonly word: string;
  /** The subordinator whose clause holds the verb (lower case), when it is not in the main clause. */
  readonly subordinator?: string;
  /** Offset in the sentence where the verb's clause starts (after the subordinator, or 0). */
  readonly clauseStart: number;
  /** A participle after a noun with a "by" agent and no auxiliary: "a lawsuit filed last year by the union". */
  readonly reduced?: true;
}

/**
 * The sentence's event verb: the first EVENT_VERBS form in the main clause used as a finite verb, else the first
 * in a subordinate clause. Skipped: forms inside quotation marks, nouns ("the meeting"), a participle opening the
 * sentence ("Meeting with world leaders, he …"), a participle describing the noun before it ("a group led by
 * moderates"), compounds ("so-called") and "won't".
 */
export function chooseTrigger(sentence: string, offset: number, quoted: readonly Span[]): Trigger | undefined {
  const all = verbCandidates(sentence, offset, quoted).map((m) => ({ ...m, ...clauseOf(sentence, m.index) }));
  // A participle with a "by" agent describes a noun ("a lawsuit filed by …"): the sentence's event only when no
  // finite verb is on the list.
  const candidates = all.filter((c) => !c.reduced);
  if (candidates.length === 0) return all[0];
  const main = candidates.find((c) => c.subordinator === undefined);
  if (main) return main;
  const first = candidates[0];
  return first && first.subordinator === "that" ? (statementOver(sentence, first) ?? first) : first;
}

/** A statement verb whose "that" clause holds an event verb: "Smith said on Tuesday that talks would resume". */
const STATEMENT_BEFORE_THAT = /\b(said|says|announced|told reporters|declared)\b[^,;:]{0,30}\bthat\s*$/i;

/** The statement as the sentence's event, when its "that" clause holds the only event verb. */
function statementOver(sentence: string, inClause: Trigger): Trigger | undefined {
  const opener = sentence.slice(0, inClause.clauseStart).lastIndexOf("that");
  const statement = STATEMENT_BEFORE_THAT.exec(sentence.slice(0, opener + "that".length));
  if (!statement?.[1]) return undefined;
  const statementTrigger = { index: statement.index, word: statement[1].split(" ")[0] ?? statement[1] };
  return { ...statementTrigger, ...clauseOf(sentence, statement.index) };
}

/**
 * Participles of acts that, after a noun and with a "by" agent, report the act itself: "a lawsuit filed last year by
 * the union", "the order signed by the governor". Not states ("a group led by moderates", "a firm owned by …").
 */
const REDUCED_PASSIVE_ACTS: ReadonlySet<string> = new Set(
  (
    "filed signed announced launched released published proposed approved ordered imposed declared unveiled " +
    "vetoed endorsed nominated appointed delivered rejected blocked banned arrested charged indicted fired " +
    "detained killed attacked captured acquired bought sold hosted issued brought"
  ).split(" "),
);
/** A "by" agent right after the participle, or after a short time phrase ("filed last year by", "signed on Monday by"). */
const AGENT_AFTER =
  /^\s+(?:(?:last|this|next|earlier|later|on|in)\s+(?:\p{L}+\s+){0,2}?|\p{L}+ly\s+)?by\s+(?:the\s+)?\p{Lu}/u;

function verbCandidates(
  sentence: string,
  offset: number,
  quoted: readonly Span[],
): { index: number; word: string; reduced?: true }[] {
  const found: { index: number; word: string; reduced?: true }[] = [];
  for (const { index: at, word } of eventVerbsIn(sentence)) {
    const before = sentence.slice(Math.max(0, at - 24), at);
    const after = sentence.slice(at + word.length);
    if (quoted.some((q) => q.start <= offset + at && offset + at < q.end)) continue;
    if (DETERMINER_BEFORE.test(before)) continue;
    if (/^left$/i.test(word) && TIME_SPAN_BEFORE.test(before)) continue;
    if (at === 0 && /ing$/i.test(word)) continue;
    // "…,” injured Sgt. Lee told …": a participle before a name, after a quotation or at the start, describes it.
    if (/ed$/i.test(word) && /(?:^|[”"]\s*)$/.test(before) && /^\s+\p{Lu}/u.test(after)) continue;
    if (/-$/.test(before) || /^-/.test(after)) continue;
    if (/^won$/i.test(word) && /^[’']t\b/.test(after)) continue;
    if (!AUXILIARY_BEFORE.test(before) && REDUCED_PASSIVE_ACTS.has(word.toLowerCase()) && AGENT_AFTER.test(after)) {
      found.push({ index: at, word, reduced: true });
      continue;
    }
    if (/^\s+by\b/i.test(after) && !AUXILIARY_BEFORE.test(before)) continue;
    // "whether it lasts remains to be seen", "it remains unclear": remaining in a state is no event.
    if (/^remains?$/i.test(word) && /^\s+(?:to be seen|unclear|uncertain|unknown|an open question)\b/i.test(after))
      continue;
    found.push({ index: at, word });
  }
  return found;
}

/**
 * The clause holding the word at `at`: reading back to the nearest comma, semicolon, colon or dash, a
 * subordinator on the way makes it a subordinate clause ("after Trump threatened", "until a president is
 * elected"); a subordinate clause closed by a comma before the verb ("After visiting X, Putin went") does not.
 */
function clauseOf(sentence: string, at: number): { subordinator?: string; clauseStart: number } {
  const before = sentence.slice(0, at);
  const boundary = Math.max(
    before.lastIndexOf(","),
    before.lastIndexOf(";"),
    before.lastIndexOf(":"),
    before.lastIndexOf("—"),
    before.lastIndexOf(" -- "),
  );
  const segment = before.slice(boundary + 1);
  const openers = execAll(SUBORDINATORS, segment);
  const last = openers.at(-1);
  if (!last) return { clauseStart: boundary + 1 };
  return { subordinator: last[0].toLowerCase(), clauseStart: boundary + 1 + last.index + last[0].length };
}

/**
 * A clause-ending mark: not a dot after a title, an initial or a month's abbreviation ("Mr.", "U.S.", "on Nov. 8"),
 * nor any mark inside a number.
 */
const CLAUSE_END =
  /[,;:!?(—]|\s--\s|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z]))\.(?!\d)/;
/** A number's own comma or dot is no clause end ("17,000", "1.1%"). */
const NUMBER_MARK = /(\d)[,.](\d)/g;
/** Words a description should not end on: it was cut in the middle of a phrase. */
const DANGLING_END =
  /\s+(?:and|or|but|nor|the|a|an|of|to|in|on|at|for|with|by|from|as|that|which|who|whose|their|his|her|its|our|my|your|this|these|those|than|into|about|before|after|while|when|because)$/i;
/** The most words a description keeps. */
const WHAT_MAX_WORDS = 12;

/** The verb and what follows it up to the end of the clause, at most a dozen words, not ending on a function word. */
export function describe(sentence: string, verbAt: number): string {
  const masked = sentence.slice(verbAt).replace(NUMBER_MARK, "$1\u0000$2");
  const cut = masked.search(CLAUSE_END);
  // Masking keeps the length, so the cut is an offset into the original too.
  const rest = sentence.slice(verbAt, cut < 0 ? undefined : verbAt + cut);
  let what = rest.split(/\s+/).slice(0, WHAT_MAX_WORDS).join(" ").trim();
  while (DANGLING_END.test(what)) what = what.replace(DANGLING_END, "");
  return what.replace(/[\s"“”'‘’]+$/u, "");
}
