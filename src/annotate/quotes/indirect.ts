/**
 * Recognisers for reported speech without marks, one per sentence shape:
 *   "CLAUSE, X said."            — the attribution trails the content
 *   "According to X, CLAUSE."    — and "CLAUSE, according to X."
 *   "X said (that) CLAUSE."      — the attribution leads; also "X told reporters (that) …"
 * The content is the reported clause; the cue and source are kept for the speaker refiner.
 */
import type { Span } from "../../core/span.js";
import { content, hasFiniteVerb } from "./clause.js";
import { sentenceEnds, trim, type Word, wordCountOf, wordsOf } from "./context.js";
import type { Draft } from "./direct.js";
import { STRONG_REPORTING_VERBS } from "./lexicon.js";
import { isPlausibleSource, SOURCE_START, sourceOfVerb, TITLE_ABBREVIATIONS } from "./phrase.js";
import { type Attribution, attributionAfter, FINITE_IN_PHRASE, isVerbAt, NOUN_LIKE_FORMS } from "./source.js";
import { PARTICIPLES_OF_SAYING, STANCE_RULES } from "./stance.js";

/** ", writes Brooks Jackson," inside a clause: a present-tense or past reporting verb, then a name, between commas. */
const PARENTHETICAL_ATTRIBUTION =
  /^([^,]{3,}?),\s+(writes|wrote|says|said|notes|noted|argues|argued|adds|added|explains|explained|reports|reported|observes|observed)\s+((?:the\s+(?:\p{Ll}+\s+){0,3})?\p{Lu}[^,]{2,60}),\s+\p{Ll}/du;

/** A trailing attribution is short ("…, the senator said in an interview on Monday."); longer tails are clauses. */
const MAX_TRAILING_WORDS = 14;
/** A leading attribution's verb sits early, after at most a name and an apposition with a relative clause ("Jane Roe, head of the union, which represents teachers, said …"). */
const MAX_LEADING_WORDS = 20;
/** Reported clauses shorter than this are objects ("said nothing"), not content. */
const MIN_CONTENT_WORDS = 3;
/**
 * Reporting verbs that take a plain object as often as a clause ("added 25,000 jobs", "charged with manslaughter").
 * "announced his support" and "acknowledged their uphill battle" report a stance, so those verbs are not here.
 */
const OBJECT_TAKING_VERBS = new Set(
  "add adds added note notes noted state states stated report reports reported admit admits admitted maintain maintains maintained declare declares declared charge charges charged explain explains explained tweet tweets tweeted write writes wrote".split(
    " ",
  ),
);

/** A short time adjunct right after a reporting verb: "Saturday", "on Tuesday night", "last week", "earlier this month". */
const TIME_ADJUNCT =
  /^\s+(?:(?:on|late|early|earlier|later)\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight|(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week|month|year|weekend))\b,?(?=\s)/i;
/**
 * ", warns Bill Carrick, a strategist." / ", said Romney adviser Jane Roe.": a comma, the verb, then capitalised
 * words up to a comma or the sentence's end.
 */
const INVERTED_AFTER_COMMA =
  /^[^,]*,\s*\p{L}+\s+(?:(?:[\p{Lu}][\p{L}.'’-]*|of|the)\s+){0,5}\p{Lu}[\p{L}'’-]+\s*(?:,|[.!?]["”’]?\s*$)/u;

/** A relative pronoun as the verb's subject, with any adverbs between: "…, who first acknowledged". */
const RELATIVE_SUBJECT_BEFORE = /\b(?:who|which)\s+(?:(?:\p{Ll}+ly|first|also|later|once|then|never)\s+)*$/iu;
/** A verb right after "that", which makes it a relative pronoun rather than the opener of a reported clause. */
const RELATIVE_VERB = /^(?:found|finds|showed|shows|claimed|claims|reported|reports|suggested|suggests)$/i;
/** Irregular past participles of reporting verbs ("was said", "was told", "is thought"). */
const PARTICIPLES = new Set(["said", "told", "thought", "known", "shown", "written", "found"]);
/** A form of "be" (or its contraction) right before a participle: the passive. */
/**
 * "everything", "whatever" right before a verb's one-word subject: an object relative clause ("everything critics
 * say"). ("what it said were …" is read by the source rules, which take "it" as the source.)
 */
const OBJECT_RELATIVE_BEFORE = /\b(?:everything|anything|something|nothing|whatever)\s+\S+$/i;

/** A modal between the generic "one" and its verb ("One should add", "one might say"). */
const GENERIC_ONE_MODAL = /^\s+(?:should|could|might|must|can|may|would)\s/i;

/** A negation right before a verb, with an adverb between at most ("did not say", "won't publicly say", "not yet conceded"). */
const NEGATED_BEFORE = /(?:\bnot|n['’]t|\bnever)\s+(?:(?:\p{Ll}+ly|yet|even|ever)\s+)?$/iu;

const PASSIVE_BEFORE = /(?:\b(?:is|are|was|were|be|been|being|am)|['’](?:re|s|m))\s+(?:\p{Ll}+ly\s+)?$/iu;
/** "say" in its forms, which reports a clause even after an adjunct. */
const SAY = /^(?:say|says|said|saying)$/;
/** A preposition after the hearer of "told": what follows is a phrase, not a reported clause. */
const PREPOSITION = /^(?:about|of|for|with|to|in|on|at|from|by|into|over|what|how|why|where|when|whether|if)$/i;
/** Objects that may sit between "told"/"asked" and the clause ("told reporters that …"). */
const MAX_OBJECT_WORDS = 4;

interface IndirectRule {
  readonly name: string;
  readonly match: (text: string, sentence: Span) => { content: Span; attribution: Attribution } | undefined;
}

const words = (text: string, s: Span): number => wordCountOf(text, s);

/** What may follow a trailing attribution's verb: an adjunct of time, place or manner ("said on Monday"). */
const ADJUNCT_START =
  /^(?:on|in|at|to|by|during|after|before|while|when|as|via|through|from|with|without|last|this|earlier|later|yesterday|today|tonight|recently|again|then|too|also|separately|privately|publicly|afterward|afterwards|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\p{L}+ly)\b/iu;
/** An adverb, then a finite verb: "also has developed", "then would", "quickly became". */
const ADVERB_BEFORE_FINITE =
  /^(?:also|then|again|still|already|never|\p{L}+ly)\s+(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|does|did|do|\p{Ll}+ed)\b/u;
/** Longest adjunct between a reporting verb and its "that" ("in an interview with the paper on Tuesday"). */
const MAX_ADJUNCT_WORDS = 10;
/** Verbs whose hearer may follow them in a trailing attribution ("…, she told reporters"). */
const HEARER_VERBS = /^(?:told|tells|tell|assured|assures|reminded|reminds|informed|informs|warned|warns)$/i;
/** "to" and a lower-case word that does not start a noun phrase: an infinitive ("to rise"), not a hearer ("to reporters"). */
const INFINITIVE_AFTER_VERB =
  /^to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|me|him|them|us|reporters|journalists|lawmakers|supporters|members|voters|officials|friends|colleagues|students|investors|police)\b)["“‘']?\p{Ll}/u;
/** Words of the hearer at `j` when no "that" follows: a titled name runs on ("Mr. Paul Ryan"), anything else is one word. */
function hearerNameLength(ws: readonly Word[], j: number): number {
  // A short title ("warned Mr. Ryan to …"), whose full stop ends no sentence, opens a name.
  if (!TITLE_ABBREVIATIONS.has(ws[j]?.text ?? "")) return 1;
  let k = j + 1;
  while (k < ws.length && k < j + 4 && /^\p{Lu}/u.test(ws[k]?.text ?? "")) k++;
  return k - j;
}

/** Verbs of belief, hope and fear: they attribute a view when a clause with its own subject and verb follows. */
const BELIEF_VERBS = new Set(
  "believe believes believed think thinks thought hope hopes hoped fear fears feared worry worries worried".split(" "),
);
/** Words that open a clause's subject: a pronoun, a determiner or a name ("thinks the plan …", "hopes Clinton …"). */
const CLAUSE_SUBJECT_START =
  /^(?:he|she|it|they|we|i|you|there|this|these|those|the|a|an|his|her|their|its|our|my|most|many|some|no|\p{Lu}\p{L}*)$/u;

/**
 * "I think the plan will fail", "Trump believes Clinton is weak": a verb of belief without "that" attributes the
 * clause after it when a subject opens that clause and a finite verb follows. "thought about it", "believe in",
 * "hopes to win" and "thought the world of him" have no such clause.
 */
function beliefClauseFollows(text: string, ws: readonly Word[], i: number, s: Span): boolean {
  if (!BELIEF_VERBS.has(ws[i]?.text.toLowerCase() ?? "")) return false;
  // "Asked whether he thought Trump would veto …": a belief asked about is nobody's belief.
  if (/^(?:whether|if)$/i.test(ws[i - 2]?.text ?? "")) return false;
  const next = ws[i + 1];
  if (next === undefined || !CLAUSE_SUBJECT_START.test(next.text)) return false;
  // The subject's own words are no verb: read for one after it.
  return hasFiniteVerb(text, { start: ws[i + 2]?.start ?? next.end, end: s.end });
}

/** Longest hearer after such a verb ("told The Associated Press"). */
const MAX_HEARER_WORDS = 4;

/**
 * A trailing attribution ends the sentence: after its verb comes nothing, an adjunct, or the hearer of "told". A
 * verb with an object and more clause ("…, he had not yet conceded the race") is the sentence's own verb.
 */
function endsAfterCue(text: string, attribution: Attribution, end: number): boolean {
  const { cue, source } = attribution;
  // "…, noted NBC's Dante Chinni.": the source may follow the verb; what comes after both is what counts.
  const from = Math.max(cue.end, source?.end ?? cue.end);
  const rest = text
    .slice(from, end)
    .replace(/[\s.!?"”’]+$/u, "")
    .trim();
  if (rest === "") return true;
  // "…, warns Bill Carrick, a Democratic strategist in Los Angeles.": an apposition describing the source.
  if (source !== undefined && /^,\s+(?:an?|the)\s[^,]*$/i.test(rest) && wordCountOf(text, { start: from, end }) <= 10)
    return true;
  // "…, the costs continue to rise": an infinitive after the verb makes it the sentence's own verb ("continue to",
  // "declined to"), not a speech verb with an adjunct ("said to reporters").
  if (INFINITIVE_AFTER_VERB.test(rest)) return false;
  // "…, said Mr. Rubio also has developed a following": an adverb before a finite verb belongs to a reported
  // clause whose subject was read as the source.
  if (ADVERB_BEFORE_FINITE.test(rest)) return false;
  if (ADJUNCT_START.test(rest.replace(/^,\s*/, ""))) return true;
  const verb = text.slice(cue.start, cue.end);
  return HEARER_VERBS.test(verb) && wordCountOf(text, { start: from, end }) <= MAX_HEARER_WORDS;
}

/**
 * "Harry Truman, writes Brooks Jackson, won 77 percent of the vote": an attribution set off by commas inside the
 * clause it reports; the content is the whole sentence, which reads on across it. Tried before the other rules (see
 * matchSentence), since read as a leading attribution it would make the subject before it the source.
 */
const parentheticalAttribution: IndirectRule = {
  name: "indirect:parenthetical",
  match: (text, s) => {
    const m = PARENTHETICAL_ATTRIBUTION.exec(text.slice(s.start, s.end));
    const cue = m?.indices?.[2];
    const source = m?.indices?.[3];
    if (!cue || !source) return undefined;
    return {
      content: content(text, s),
      attribution: {
        cue: { start: s.start + cue[0], end: s.start + cue[1] },
        source: { start: s.start + source[0], end: s.start + source[1] },
        rule: "cue:parenthetical",
      },
    };
  },
};

/** A part that ends in a conjunction ("The talk covered sanctions, and, according to …") runs on past the source. */
const OPEN_CONJUNCTION_END = /\b(?:and|but|or|that|so)$/i;

export const INDIRECT_RULES: readonly IndirectRule[] = [
  {
    name: "indirect:according-to-lead",
    match: (text, s) => {
      const m = /^\s*(according to)\s+([^,]{2,80}),\s*/i.exec(text.slice(s.start, s.end));
      if (!m?.[1] || !m[2]) return undefined;
      const cue = { start: s.start + m.index + m[0].indexOf(m[1]), end: 0 };
      const sourceStart = s.start + m[0].indexOf(m[2], m[1].length);
      const c = content(text, { start: s.start + m[0].length, end: s.end });
      return {
        content: c,
        attribution: {
          cue: { start: cue.start, end: cue.start + m[1].length },
          source: { start: sourceStart, end: sourceStart + m[2].length },
          rule: "cue:according-to",
        },
      };
    },
  },
  {
    name: "indirect:according-to-tail",
    match: (text, s) => {
      const m = /,\s*(according to)\s+([^,.;]{2,80})[.!?]?\s*$/i.exec(text.slice(s.start, s.end));
      if (!m?.[1] || !m[2]) return undefined;
      const cueStart = s.start + m.index + m[0].indexOf(m[1]);
      const sourceStart = cueStart + m[0].slice(m[0].indexOf(m[1])).indexOf(m[2]);
      const c = content(text, { start: s.start, end: s.start + m.index });
      return {
        content: c,
        attribution: {
          cue: { start: cueStart, end: cueStart + m[1].length },
          source: { start: sourceStart, end: sourceStart + m[2].length },
          rule: "cue:according-to",
        },
      };
    },
  },
  {
    // "Incomes would go up by 19.9 percent, according to the Tax Foundation, more than twice …": the source set off
    // by commas inside the sentence attributes the clause before it.
    name: "indirect:according-to-middle",
    match: (text, s) => {
      const m = /,\s*(according to)\s+([^,.;]{2,80}),\s/i.exec(text.slice(s.start, s.end));
      if (!m?.[1] || !m[2] || m.index === 0) return undefined;
      const cueStart = s.start + m.index + m[0].indexOf(m[1]);
      const sourceStart = cueStart + m[1].length + m[0].slice(m[0].indexOf(m[1]) + m[1].length).indexOf(m[2]);
      // "First up in the House, according to Eric Cantor, is a bill on …": a part before with no verb of its own
      // is the opening of the clause that goes on after the source, and the content is that clause's rest.
      const before = content(text, { start: s.start, end: s.start + m.index });
      const after = content(text, { start: s.start + m.index + m[0].length, end: s.end });
      return {
        content:
          hasFiniteVerb(text, before) && !OPEN_CONJUNCTION_END.test(text.slice(before.start, before.end))
            ? before
            : after,
        attribution: {
          cue: { start: cueStart, end: cueStart + m[1].length },
          source: { start: sourceStart, end: sourceStart + m[2].length },
          rule: "cue:according-to",
        },
      };
    },
  },
  {
    name: "indirect:trailing-attribution",
    match: (text, s) => {
      const stretch = text.slice(s.start, s.end);
      for (const m of [...stretch.matchAll(/,\s/g)].reverse()) {
        const at = s.start + (m.index ?? 0);
        const tail = { start: at + 1, end: s.end };
        if (words(text, tail) > MAX_TRAILING_WORDS) break;
        const attribution = attributionAfter(text, tail);
        // The source of a trailing attribution is a name, a description or a pronoun: "…, updates and offers" is not.
        const source = attribution?.source ? text.slice(attribution.source.start, attribution.source.end) : "";
        // "like “X”, as argued by critics": a passive tail right after a quotation owns that quotation, not the clause.
        const ownsQuotation = attribution?.rule === "cue:as-by" && /["”’»']\s*$/.test(text.slice(s.start, at));
        // "“Will this ever end?” Jane Roe, the paper's editor, wrote.": a name alone before the tail is a quotation's
        // attribution, not reported content.
        const reported = content(text, { start: s.start, end: at });
        const nameOnly = wordsOf(text, reported).every((w) => /^\p{Lu}/u.test(w.text));
        // "Richard Revesz, director of the institute, said the states were exaggerating": a "source" after the verb
        // with a finite verb of its own is the reported clause, and the words before the comma are the speaker.
        const clauseAfterVerb =
          attribution?.source !== undefined &&
          attribution.source.start > attribution.cue.start &&
          FINITE_IN_PHRASE.test(source);
        if (
          attribution &&
          SOURCE_START.test(source) &&
          !ownsQuotation &&
          !nameOnly &&
          !clauseAfterVerb &&
          endsAfterCue(text, attribution, s.end)
        ) {
          return { content: reported, attribution };
        }
      }
      return undefined;
    },
  },
  {
    name: "indirect:leading-attribution",
    match: (text, s) => {
      const ws = wordsOf(text, s);
      for (const [i, w] of ws.entries()) {
        if (i > MAX_LEADING_WORDS) break;
        const lower = w.text.toLowerCase();
        if (!isVerbAt(ws, i) || i === 0) continue;
        let j = i + 1;
        // told reporters that …: skip a short object before "that"
        const hearerVerb = /^(?:told|tells|tell|asked|asks|warned|reminded|assured|informed|urged)$/.test(lower);
        if (hearerVerb) {
          // "cannot tell whether the voters …": a question after "tell" reports nothing said.
          if (/^(?:whether|if|how|what|why|who|where|when|which)$/i.test(ws[j]?.text ?? "")) continue;
          const that = ws.slice(j, j + MAX_OBJECT_WORDS + 1).findIndex((x) => x.text.toLowerCase() === "that");
          // "told reporters the plan was dead" reports a clause; "tell us about the level" does not.
          if (that < 0 && PREPOSITION.test(ws[j + 1]?.text ?? "")) continue;
          j = that >= 0 ? j + that : j + hearerNameLength(ws, j);
        }
        // "said in a joint statement late on Tuesday that …", "said Tuesday, before the vote, that …": an adjunct
        // may sit between the verb and "that".
        if (ws[j]?.text.toLowerCase() !== "that" && ADJUNCT_START.test(ws[j]?.text ?? "")) {
          // "replied angrily to a poll that found …": a "that" followed by a verb is a relative pronoun.
          const that = ws
            .slice(j, j + MAX_ADJUNCT_WORDS + 1)
            .findIndex((x, k, near) => x.text.toLowerCase() === "that" && !RELATIVE_VERB.test(near[k + 1]?.text ?? ""));
          if (that > 0) j += that;
        }
        // "I expect that to be the case", "is saying that is not what he meant": "that" before an infinitive or a
        // verb is a pronoun, not the clause's opener.
        const hasThat = ws[j]?.text.toLowerCase() === "that" && !/^(?:to|is|was|'s)$/i.test(ws[j + 1]?.text ?? "");
        if (
          !hasThat &&
          !STRONG_REPORTING_VERBS.has(lower) &&
          lower !== "saying" &&
          !beliefClauseFollows(text, ws, i, s)
        )
          continue;
        // "a Republican state senator from South Dakota": a form that is as often a noun reports a clause only with
        // "that" after it, unless a pronoun is its subject ("she states the rule is clear").
        if (!hasThat && NOUN_LIKE_FORMS.has(lower) && !/^(?:he|she|it|they|we|i|you)$/i.test(ws[i - 1]?.text ?? ""))
          continue;
        // The hearer of "told" is not part of what was told: "told reporters | the plan was dead".
        const verbEnd = hasThat ? (ws[j]?.end ?? w.end) : hearerVerb ? (ws[j - 1]?.end ?? w.end) : w.end;
        // "said Saturday he would name a nominee": a time adjunct after the verb is not part of what was said.
        const from = hasThat ? verbEnd : verbEnd + (TIME_ADJUNCT.exec(text.slice(verbEnd, s.end))?.[0].length ?? 0);
        // "we're told we're …", "the Queen was said to have disapproved": a passive verb of saying has the hearer or
        // the one spoken of as its subject, not the one who spoke.
        const passive = PASSIVE_BEFORE.test(text.slice(s.start, w.start));
        if (passive && /^(?:told|asked|informed|assured|reminded|warned)$/.test(lower)) continue;
        if (passive && (/ed$/.test(lower) || PARTICIPLES.has(lower)) && ws[i + 1]?.text.toLowerCase() === "to")
          continue;
        // "tweeted angrily in a response to a poll …", "reported from Los Angeles": without "that", a verb other than
        // "say" followed by an adverb or a preposition (other than a time: "announced Tuesday the …") reports no
        // clause. "said after the convention he would …" does.
        if (
          !hasThat &&
          !hearerVerb &&
          !SAY.test(lower) &&
          ADJUNCT_START.test(ws[i + 1]?.text ?? "") &&
          !TIME_ADJUNCT.test(text.slice(w.end, s.end))
        )
          continue;
        // "Raising money is not the same as having a message, warns Bill Carrick, a strategist.": a comma before the
        // verb and a name after it is an inverted attribution that trails its content, read by the trailing rule.
        if (!hasThat && INVERTED_AFTER_COMMA.test(text.slice(Math.max(s.start, w.start - 3), s.end))) continue;
        // "she won't say why …", "Smith did not say that …", "never said the wall …": a negated verb of saying
        // reports what was not said, which is nobody's statement.
        if (NEGATED_BEFORE.test(text.slice(s.start, w.start))) continue;
        // "…, the spokesperson said, adding that …": a participle of saying after a comma is read by the participle
        // rule, which knows whose words it continues.
        if (PARTICIPLES_OF_SAYING.has(lower) && /,\s*$/.test(text.slice(s.start, w.start))) continue;
        const rest = text.slice(w.end, s.end);
        // "…, the spokesperson said, adding that …": a participle after the verb's comma continues a trailing
        // attribution; the participle rule reads what it reports.
        if (/^,\s+\p{Ll}+ing\s/u.test(rest)) continue;
        // A colon or an opening mark right after the verb hands over to a direct quotation, handled elsewhere.
        if (/^\s*[:“"«]/.test(rest) || /^\s*,\s*[“"]/.test(rest)) return undefined;
        const c = content(text, { start: from, end: s.end });
        if (words(text, c) < MIN_CONTENT_WORDS) continue;
        // "said as much last night", "said so on Monday": the idiom reports no content.
        if (/^(?:as much|so|the same|otherwise)\b/i.test(text.slice(c.start, c.end))) continue;
        // "Mining employment maintained its downward trend", "the company reported a loss": without "that", a verb
        // that as often takes a plain object reports only a clause, which has a verb of its own.
        if (!hasThat && OBJECT_TAKING_VERBS.has(lower) && !hasFiniteVerb(text, c)) continue;
        // "ISIS claimed responsibility for the attack", "took credit for": the object of claiming is no content.
        if (!hasThat && /^(?:responsibility|credit|victory|ownership)\b/i.test(text.slice(c.start, c.end))) continue;
        // "stuff Mr. Trump said on news shows over the weekend", "testified for the second time": a prepositional
        // phrase with no verb is no content.
        if (
          !hasThat &&
          /^(?:on|in|at|over|during|from|to|about|for|before|after|with|under|against|since|until)\b/i.test(
            text.slice(c.start, c.end),
          ) &&
          !hasFiniteVerb(text, c)
        )
          continue;
        // "Officials have testified, and will continue to …": a second predicate joined to the verb is no content.
        if (!hasThat && /^(?:and|but|or|nor)\b/i.test(text.slice(c.start, c.end))) continue;
        // "Holm, who first acknowledged the program, has faced scrutiny": in a relative clause, what follows the verb
        // up to the clause's comma is its object unless it has a verb of its own; the main clause resumes after it.
        let reported = c;
        if (!hasThat && RELATIVE_SUBJECT_BEFORE.test(text.slice(s.start, w.start))) {
          const comma = text.indexOf(",", c.start);
          if (comma >= 0 && comma < c.end) reported = { start: c.start, end: comma };
          if (!hasFiniteVerb(text, reported)) continue;
        }
        const source = sourceOfVerb(text, s.start, w);
        if (source === undefined) continue;
        // "everything liberals say about X is a lie", "what critics claim": an object relative clause makes the verb's
        // clause a noun phrase; nothing is reported.
        if (OBJECT_RELATIVE_BEFORE.test(text.slice(Math.max(s.start, source.start - 12), source.end))) continue;
        // "it helps explain why …", "let me say": a bare infinitive after help, let or make reports nothing said.
        if (/^(?:help|helps|helped|helping|let|lets|make|makes|made)$/i.test(ws[i - 1]?.text ?? "")) continue;
        // "One should add that …", "one could argue …": the generic "one" with a modal names no speaker.
        if (
          /^one$/i.test(text.slice(source.start, source.end)) &&
          GENERIC_ONE_MODAL.test(text.slice(source.end, w.start))
        )
          continue;
        // "It should also be noted that …", "it was reported that …": an impersonal passive names no source.
        if (
          /^it\b/i.test(text.slice(source.start, source.end)) &&
          /\b(?:be|been|is|was|are|were)\s+$/i.test(text.slice(s.start, w.start))
        )
          continue;
        return {
          content: reported,
          attribution: { cue: { start: w.start, end: w.end }, source, rule: "cue:source-verb-before" },
        };
      }
      return undefined;
    },
  },
  ...STANCE_RULES,
];

/** Reported-speech rules whose source, though it holds a view or made a finding, is not heard speaking. */
const STANCE_RULE_NAMES: ReadonlySet<string> = new Set([
  ...STANCE_RULES.map((r) => r.name),
  "indirect:later-clause",
  "indirect:according-to-middle",
]);

/**
 * Whether a draft's speaker keeps the floor for the quotations with no cue after it: quotations and reported speech
 * by a verb of saying do; a stance ("calls for", "vowed to", "a poll shows"), a belief ("thinks the plan …") or an
 * attribution read deep in a sentence does not, since the next quotation is seldom theirs.
 */
export function holdsFloor(text: string, draft: Draft): boolean {
  if (draft.kind !== "indirect") return true;
  if (STANCE_RULE_NAMES.has(draft.rule)) return false;
  const cue = draft.attribution?.cue;
  return cue === undefined || !BELIEF_VERBS.has(text.slice(cue.start, cue.end).toLowerCase());
}

/** Sentences of the paragraphs, split with the quotation-aware sentence end rule. */
export function sentencesOf(text: string, paragraphs: readonly Span[]): Span[] {
  return paragraphs.flatMap((p) => {
    const cuts = [p.start, ...sentenceEnds(text, p.start, p.end), p.end];
    return cuts
      .slice(1)
      .map((end, i) => trim(text, { start: cuts[i] ?? p.start, end }))
      .filter((s) => s.end > s.start);
  });
}

/** Reported speech in sentences that a quotation in marks does not already account for. */
export function findIndirectDrafts(text: string, paragraphs: readonly Span[], quoted: readonly Draft[]): Draft[] {
  const drafts: Draft[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of sentencesOf(text, [p])) {
      const speech = quoted.filter((q) => q.kind === "direct" && q.start < s.end && s.start < q.end);
      if (speech.length > 0) continue;
      // Words inside quotation marks are never the source ("“… provide it,” predicts X" is not "provide it").
      const inSentence = quoted.filter((q) => q.start < s.end && s.start < q.end);
      for (const found of matchSentence(text, s)) {
        const source = found.attribution.source;
        if (source && inSentence.some((q) => q.start < source.end && source.start < q.end)) continue;
        drafts.push({
          ...found.content,
          kind: "indirect",
          marks: { open: false, close: false },
          rule: found.rule,
          paragraph,
          attribution: found.attribution,
        });
      }
    }
  });
  return drafts;
}

/** A leading attribution counts as the sentence's own when its verb comes this early ("Smith said …"). */
const EARLY_VERB_WORDS = 8;
/** A second reporting clause joined to the first: "X said A, though she acknowledged B". */
const SECOND_CLAUSE = /,\s+(?:though|although|but|and|while|yet)\s+/gi;

interface Found {
  readonly content: Span;
  readonly attribution: Attribution;
  readonly rule: string;
}

const leading = INDIRECT_RULES.find((r) => r.name === "indirect:leading-attribution");

/**
 * The attributions of one sentence. A sentence that opens with its source ("Smith said …") is read that way first,
 * and a second reporting clause inside its content is split off; otherwise the first rule in order that matches.
 */
function matchSentence(text: string, s: Span): Found[] {
  // ", writes X," read as a leading attribution would make the subject before it the source.
  const inside = parentheticalAttribution.match(text, s);
  if (inside) return [{ ...inside, rule: "indirect:parenthetical" }];
  const early = leading?.match(text, s);
  if (early && wordCountOf(text, { start: s.start, end: early.attribution.cue.start }) <= EARLY_VERB_WORDS) {
    for (const m of text.slice(early.content.start, early.content.end).matchAll(SECOND_CLAUSE)) {
      const cut = early.content.start + (m.index ?? 0);
      const rest = { start: cut + m[0].length, end: s.end };
      const second = leading?.match(text, rest);
      if (second && wordCountOf(text, { start: rest.start, end: second.attribution.cue.start }) <= 3) {
        const first = { start: early.content.start, end: cut };
        if (words(text, first) < MIN_CONTENT_WORDS) break;
        return [
          { ...early, content: first, rule: "indirect:leading-attribution" },
          { ...second, rule: "indirect:second-clause" },
        ];
      }
    }
    return [{ ...early, rule: "indirect:leading-attribution" }];
  }
  for (const rule of INDIRECT_RULES) {
    // The leading-attribution rule was read above already; its answer for the sentence stands.
    const found = rule === leading ? early : rule.match(text, s);
    if (found && words(text, found.content) >= MIN_CONTENT_WORDS) return [{ ...found, rule: rule.name }];
  }
  const later = laterClauseAttribution(text, s);
  return later ? [later] : [];
}

/**
 * Where a second clause of a sentence may open with its own subject: after a colon, semicolon or dash, or after a
 * comma and a conjunction ("…, but Obama said he was not speaking only about Trump").
 */
const CLAUSE_OPENING = /(?:[:;]\s+|\s[—–]\s+|,\s+(?:but|and|while|yet|so|though|although|because|as)\s+)/gu;
/** A party and state tag ("D-N.Y.", "R-Ky."). */
const PARTY_TAG = /^\p{Lu}\.?-\p{Lu}/u;
/** A plain comma opens a clause whose verb stands this early ("Based on …, Sanders on Tuesday said …"). */
const EARLY_VERB_AFTER_COMMA_WORDS = 4;

/**
 * "… on Friday: Republicans said they're increasingly convinced …": when no rule reads the sentence as a whole, a
 * later clause that opens with its source and verb of saying is read as a sentence of its own.
 */
function laterClauseAttribution(text: string, s: Span): Found | undefined {
  const stretch = text.slice(s.start, s.end);
  const openings = [
    ...[...stretch.matchAll(CLAUSE_OPENING)].map((m) => ({
      at: (m.index ?? 0) + m[0].length,
      reach: EARLY_VERB_WORDS,
    })),
    ...[...stretch.matchAll(/,\s+/g)].map((m) => ({
      at: (m.index ?? 0) + m[0].length,
      reach: EARLY_VERB_AFTER_COMMA_WORDS,
    })),
  ].sort((a, b) => a.at - b.at);
  for (const { at, reach } of openings) {
    const rest = { start: s.start + at, end: s.end };
    const found = leading?.match(text, rest);
    if (!found || wordCountOf(text, { start: rest.start, end: found.attribution.cue.start }) > reach) continue;
    // "…, Jerry Nadler, D-N.Y., said …": a party tag after a comma belongs to the name before it, and is no source.
    const source = found.attribution.source;
    if (source && PARTY_TAG.test(text.slice(source.start, source.end))) continue;
    // The clause must open with its source ("…; maintain the draw-down of arms" has none of its own), and the source
    // must read as one ("…, meanwhile, said" is an adverb).
    if (!source || text.slice(rest.start, source.start).trim() !== "") continue;
    if (!isPlausibleSource(text.slice(source.start, source.end))) continue;
    if (words(text, found.content) < MIN_CONTENT_WORDS) continue;
    // "…, he had conceded the race, as if it mattered": deep in a sentence, a verb with an object and no verb of its
    // own before the next comma is the clause's predicate; a reported clause opens with "that" or has a verb.
    const that = /\bthat\s*$/i.test(text.slice(found.attribution.cue.end, found.content.start));
    const comma = text.indexOf(",", found.content.start);
    const firstPart = {
      start: found.content.start,
      end: comma >= 0 && comma < found.content.end ? comma : found.content.end,
    };
    if (!that && !hasFiniteVerb(text, firstPart)) continue;
    return { ...found, rule: "indirect:later-clause" };
  }
  return undefined;
}
