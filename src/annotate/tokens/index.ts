import { defineAnnotator } from "../../pipeline/annotator.js";
import { tokenize } from "./tokenize.js";

/** Words, numbers and punctuation of the whole text, with offsets. */
export const tokensAnnotator = defineAnnotator({
  name: "tokens",
  requires: [],
  produces: "tokens",
  annotate: (doc) => tokenize(doc.text),
});
