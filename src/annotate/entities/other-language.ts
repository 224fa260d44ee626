/**
 * Names in an article not written in English. The tagger learnt from English news, where a capitalised word inside
 * a sentence is a name; in German every noun is capitalised ("Gesundheitswesen", "Die Mutter"), and in Spanish or
 * Portuguese a name's particles and a byline's "Por" stick to it ("de Santiago", "Por Agencia EFE"). So in a text
 * the reader found to be in another language, a person the tagger alone proposes must look like a person's name
 * in any language: a listed first name (accents aside) and at least one more capitalised word. Names that other
 * rules vouch for (a byline, a title before the name, the list of notable people) stay, as do organisations and
 * places, which the gazetteer and the organisation rules mostly find.
 */
import type { Mention } from "../../core/document.js";
import { isEnglishOrUnknown } from "../../read/language.js";
import { isFirstNameAccentsAside } from "./first-names.js";

/** The rule prefix of mentions the statistical tagger proposed. */
const TAGGER_RULE = "entities:ner-";

/** Lower-case particles inside a name in the languages of Europe: "María de la Fuente", "Ludwig van Beethoven". */
const NAME_PARTICLE = /^(?:de|da|das|do|dos|del|della|di|du|des|la|las|los|le|van|von|der|den|ter|zu|y|e)$/;

/** Two or more capitalised words, the first a listed first name: "Daniela Katzenberger", "José Antonio Kast". */
function looksLikePersonName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w))) return false;
  return isFirstNameAccentsAside(words[0] ?? "");
}

/** The mentions to keep for a document in `language` (a BCP 47 tag; undefined or English keeps everything). */
export function namesInAnotherLanguage(
  mentions: readonly Mention[],
  text: string,
  language: string | undefined,
): Mention[] {
  if (isEnglishOrUnknown(language)) return [...mentions];
  return mentions.filter(
    (m) =>
      m.type !== "person" ||
      m.form !== "name" ||
      !m.rule.startsWith(TAGGER_RULE) ||
      looksLikePersonName(text.slice(m.start, m.end)),
  );
}
