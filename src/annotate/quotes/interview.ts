/**
 * Recogniser for interviews in question-and-answer form: each answer paragraph ("A: …", or a block the reader
 * marked as an answer) is the interviewee's speech, quoted without marks. The interviewee is decided later, once,
 * from the text before the first answer (the headline and standfirst name who is being interviewed).
 */
import type { Block } from "../../core/document.js";
import type { Span } from "../../core/span.js";
import { insideAny } from "../../core/span-index.js";
import type { Draft } from "./direct.js";

/** "A:", "A.", "Answer:" opening an answer paragraph; "Q:" and "Question:" opening a question. */
const ANSWER_LABEL = /^\s*(?:A|Answer)\s*[:.]\s+/;
const QUESTION_LABEL = /^\s*(?:Q|Question)\s*[:.]\s+/;

export const INTERVIEW_RULE = "interview:answer";

/** Answers of a Q/A interview; none unless the text also has questions, so a stray "A." is not an answer. */
export function findInterviewDrafts(text: string, paragraphs: readonly Span[], blocks: readonly Block[] = []): Draft[] {
  const ofKind = (kind: Block["kind"]) => blocks.filter((b) => b.kind === kind);
  const byKind = { question: ofKind("question"), answer: ofKind("answer") };
  const isBlock = (p: Span, kind: "question" | "answer") => insideAny(byKind[kind], p);
  const questions = paragraphs.filter((p) => QUESTION_LABEL.test(text.slice(p.start, p.end)) || isBlock(p, "question"));
  if (questions.length === 0) return [];
  const drafts: Draft[] = [];
  paragraphs.forEach((p, paragraph) => {
    const label = ANSWER_LABEL.exec(text.slice(p.start, p.end));
    if (!label && !isBlock(p, "answer")) return;
    const start = p.start + (label?.[0].length ?? 0);
    if (start >= p.end) return;
    drafts.push({
      start,
      end: p.end,
      kind: "direct",
      marks: { open: false, close: false },
      rule: INTERVIEW_RULE,
      paragraph,
    });
  });
  return drafts;
}
