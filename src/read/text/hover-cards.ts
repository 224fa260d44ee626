/**
 * Pop-up cards scraped into the sentence they decorate. Some sites (The Hill is the common case in US politics) give
 * each politician's name a pop-up with the full name and the headlines of the person's latest stories, ending in
 * "MORE". A scraper that keeps the pop-up's text puts it straight after the name:
 *
 *   "… said President Trump Donald John TrumpSessions says he still supports Trump … as AG MORE that the …"
 *
 * The card's full name runs into the first headline without a space ("TrumpSessions"), and the card ends at "MORE".
 * The card comes right after the article's own mention of the name, which stays outside it: the card starts after
 * the last word before it that repeats the card's surname ("Trump" in "President Trump Donald John Trump…").
 */
import { execAll } from "../../core/regexp.js";
import type { Span } from "../../core/span.js";

/** Longest card, in characters: a full name and up to three headlines. */
const MAX_CARD_CHARS = 400;

/**
 * Capitalised words (or a nickname in brackets) before the surname, the surname (three or more letters after any
 * Mc, Mac or O') run into the first headline (a capital, a digit or an opening quote: "CummingsGOP", "Trump2020"),
 * the headlines, and " MORE".
 */
const CARD = new RegExp(
  String.raw`((?:(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}\p{Ll}+\))\s){1,6})((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}{2,}(?:['’-]\p{L}+)?)(?=[\p{Lu}\p{N}‘“'"])[^\n]{5,${MAX_CARD_CHARS}}?\sMORE(?![\p{L}\p{N}])`,
  "gu",
);

/**
 * The word that ends every card. Most paragraphs have none, and CARD's backtracking over every run of capitalised
 * words is costly (a tenth of a whole analysis once), so a paragraph without it is skipped before CARD runs.
 */
const CARD_END = "MORE";

/** Spans of the pop-up cards in `text` between `from` and `to`. */
export function findHoverCards(text: string, from: number, to: number): Span[] {
  const cards: Span[] = [];
  if (!text.slice(from, to).includes(CARD_END)) return cards;
  CARD.lastIndex = from;
  for (let m = CARD.exec(text); m !== null && m.index < to; m = CARD.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const names = m[1] ?? "";
    const surname = m[2] ?? "";
    // The article's own mention ends with the same surname: the card starts after it.
    const words = execAll(/\S+/g, names);
    const own = words.findLastIndex((w) => w[0] === surname);
    // A card follows the name it belongs to; without that mention, a camel-cased brand ("The YouTube video drew
    // MORE …") is no card.
    if (own < 0) {
      CARD.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index + (words[own]?.index ?? 0) + surname.length;
    cards.push({ start: start + (text.slice(start).length - text.slice(start).trimStart().length), end });
  }
  return cards;
}
