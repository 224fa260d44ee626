/** The extracted article as Markdown: its structure (headings, lists, block and pull quotes, captions) kept. */
import type { Block, Document } from "../core/document.js";

const PREFIX: Partial<Record<Block["kind"], string>> = {
  headline: "# ",
  heading: "## ",
  "list-item": "- ",
  blockquote: "> ",
  "pull-quote": "> ",
  question: "**Q:** ",
};

/** Markdown of the headline, standfirst, byline and body blocks, with captions set apart in italics. */
export function toMarkdown(doc: Document): string {
  const lines: string[] = [];
  for (const block of doc.layers.blocks ?? []) {
    const text = doc.text
      .slice(block.start, block.end)
      .replace(/\s*\n\s*/g, " ")
      .trim();
    if (!text) continue;
    if (block.kind === "caption") lines.push(`*${text}*`);
    else if (block.kind === "standfirst" || block.kind === "byline" || block.kind === "dateline")
      lines.push(`_${text}_`);
    else if (block.kind === "pull-quote") lines.push(`> **${text}**`);
    else lines.push(`${PREFIX[block.kind] ?? ""}${text}`);
  }
  return `${lines.join("\n\n")}\n`;
}
