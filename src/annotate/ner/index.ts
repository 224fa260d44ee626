/** Sift's trained named-entity recogniser (PER/ORG/LOC/MISC): see models/ner/README.md for data and figures. */
export { createDocContext, type DocContext } from "./doc-context.js";
export type { NerLabel } from "./labels.js";
export { loadNerModel, type NerModel, type NerSpan } from "./model.js";
export { type NerCharSpan, recognize } from "./recognize.js";
