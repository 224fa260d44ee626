/**
 * Quotations in the headline: "Warren to Wells Fargo CEO: ‘You Should Be Criminally Investigated’" quotes a person as
 * surely as the body does, and headlines put their quotations in single marks. The headline is read on its own, as a
 * paragraph before the body, with the same mark pairing and kind rules as the body.
 */
import type { Document, QuoteKind } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { content } from "./clause.js";
import { wordCountOf } from "./context.js";
import { type Draft, findQuotedDrafts } from "./direct.js";

/** Marks a draft as the headline's, so the floor (who is speaking) never passes from the headline into the body. */
export const HEADLINE_RULE = "headline";

/** Where the headline stands in the text: the reader's headline block, else the span the headline was read from. */
export function headlineSpan(doc: Document): Span | undefined {
  const block = (doc.layers.blocks ?? []).find((b) => b.kind === "headline");
  const span = block ?? doc.metadata.headline?.provenance.span;
  // Only a headline outside the body: a body that starts with its headline already reads it.
  if (span === undefined || span.end > doc.body.start || span.end <= span.start) return undefined;
  return { start: span.start, end: span.end };
}

/**
 * A headline capitalises every word, so a capital does not show that a quotation starts a sentence: a quotation
 * there stands alone as speech only when it follows a colon ("Warren: ‘You Should Be …’") or opens the headline
 * with its attribution after it (‘We Will Win,’ Says Mayor).
 * Elsewhere ("Obama Says Museum Will Tell of ‘Suffering and Delight’") it is a fragment of the headline's sentence.
 */
export function headlineKind(text: string, headline: Span, d: Draft): QuoteKind {
  if (d.kind !== "direct") return d.kind;
  const before = text.slice(headline.start, d.start).replace(/[\s"“‘'«„]+$/u, "");
  if (before.endsWith(":")) return "direct";
  // Opening the headline, it is speech when its attribution follows (‘We Will Win,’ Says X) or nothing does.
  const after = text.slice(d.end, headline.end).replace(/^["”’'»]+/u, "");
  const ownsRest = /[,.!?…]$/.test(text.slice(d.start, d.end)) || /^\s*(?:[,:—–-]|$)/u.test(after);
  return before === "" && ownsRest ? "direct" : "partial";
}

/** Most words of a speaker's name before a headline's colon ("McCain Challenger Kelli Ward:"). */
const MAX_COLON_SOURCE_WORDS = 5;
/** Entity types that speak in a headline's "Name: claim" shape (a place before a colon is a dateline or a topic). */
const SPEAKING_TYPES: ReadonlySet<string> = new Set(["person", "organization"]);

/** Words that make a phrase before a colon a topic or a label: conjunctions, prepositions, a possessive. */
const TOPIC_WORDS = /\b(?:and|or|for|of|with|to|in|on|at|vs|versus)\b|&|['’]s\b/i;
/**
 * A claim says something: an auxiliary, a verb in -ed or -ing, or a denial ("No Outside Influence on …"), so a
 * topic's noun phrase ("Ted Cruz: Constitutional Conservative or Career Politician") is not read as speech.
 */
const CLAIM_VERB =
  /^(?:no|not)\b|\b(?:is|are|was|were|has|have|had|will|would|can|can['’]t|could|should|must|does|doesn['’]t|did|didn['’]t|won['’]t|isn['’]t)\b|\b\p{L}{3,}(?:ed|ing)\b/iu;

/**
 * "Graham: Trump’s Rhetoric Destroying GOP’s Chance", "Lynch: No Outside Influence on FBI Probe": a headline that
 * opens with a person's or an organisation's name and a colon reports what they said, in the desk's words. The name
 * must end at the colon as a mention of a person or organisation, so labels and topics ("Analysis:", "The Ninth
 * Circle:", "Iowa:") are not read; a claim wholly in marks is a quotation, read by the mark rules.
 */
function headlineClaim(doc: Document, headline: Span, quoted: readonly Draft[]): Draft | undefined {
  const { text } = doc;
  const m = /^([^:“”"‘’]{2,80}?)\s*(:)\s+(\S.*)$/su.exec(text.slice(headline.start, headline.end));
  if (!m?.[1] || !m[3]) return undefined;
  // "EXCLUSIVE – Roger Stone:": a label before a dash is the desk's, and the name after it speaks.
  const label = /^.*\s[–—-]\s+/u.exec(m[1])?.[0].length ?? 0;
  const source = { start: headline.start + label, end: headline.start + m[1].length };
  // "Big Win For Bernie:", "Netanyahu and Obama:", "POLITICO New York's Culture Report:": a phrase that joins or
  // possesses is a topic or a label, not a speaker.
  const sourceText = m[1].slice(label);
  if (wordCountOf(text, source) > MAX_COLON_SOURCE_WORDS || TOPIC_WORDS.test(sourceText)) return undefined;
  const named = (doc.layers.entities ?? []).some(
    (e) =>
      SPEAKING_TYPES.has(e.type) &&
      e.mentions.some((x) => x.end === source.end && x.start >= source.start && x.start < source.end),
  );
  if (!named) return undefined;
  const colon = headline.start + m[1].length + m[0].slice(m[1].length).indexOf(":");
  const claim = content(text, { start: headline.end - m[3].length, end: headline.end });
  const claimText = text.slice(claim.start, claim.end);
  if (wordCountOf(text, claim) < 2 || !CLAIM_VERB.test(claimText)) return undefined;
  // "Kim Yo-jong: the sister of Kim Jong-un, fast becoming his alter ego": a noun phrase set off by a comma after an
  // article describes the name.
  const firstPart = claimText.split(",")[0] ?? "";
  if (/^(?:the|a|an)\s/i.test(claimText) && firstPart !== claimText && !CLAIM_VERB.test(firstPart)) return undefined;
  // The claim is a quotation in marks ("Warren: ‘You Should Be Investigated’"): the mark rules read it.
  if (quoted.some((q) => q.kind === "direct" && q.start <= claim.start + 1 && claim.end <= q.end + 1)) return undefined;
  return {
    ...claim,
    kind: "indirect",
    marks: { open: false, close: false },
    paragraph: -1,
    rule: `${HEADLINE_RULE}+indirect:colon`,
    attribution: { cue: { start: colon, end: colon + 1 }, source, rule: "cue:headline-colon" },
  };
}

/** Quotations in the headline, with paragraph -1 (before the body's first) and the headline rule in front. */
export function findHeadlineDrafts(doc: Document): Draft[] {
  const headline = headlineSpan(doc);
  if (headline === undefined) return [];
  const quoted = findQuotedDrafts(doc.text, [headline]).map((d) => ({
    ...d,
    kind: headlineKind(doc.text, headline, d),
    paragraph: -1,
    rule: `${HEADLINE_RULE}+${d.rule}`,
  }));
  const claim = headlineClaim(doc, headline, quoted);
  return claim ? [...quoted, claim] : quoted;
}
