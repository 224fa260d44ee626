/**
 * A simple HTML reader: the text of block elements, the <title> or first <h1> as headline. It stands in until the
 * full extractor (src/read/html/) is wired in, and keeps `sift analyze page.html` working meanwhile.
 */
import { parseHTML } from "linkedom";
import type { Block, Boilerplate, Diagnostic, Metadata } from "../core/document.js";
import type { Span } from "../core/span.js";

export interface HtmlReading {
  readonly text: string;
  readonly body: Span;
  readonly blocks: Block[];
  readonly boilerplate: Boilerplate[];
  readonly metadata: Metadata;
  readonly diagnostics: Diagnostic[];
}

export function sniffHtml(bytes: Uint8Array, name: string): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(head|body|meta|title)[\s>]/.test(head);
}

export function readHtml(html: string): HtmlReading {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll("script, style, noscript, nav, footer, aside, form")) el.remove();
  const title =
    document.querySelector("h1")?.textContent?.trim() || document.querySelector("title")?.textContent?.trim() || "";
  const parts: { value: string; kind: Block["kind"] }[] = [];
  if (title) parts.push({ value: title, kind: "headline" });
  for (const el of document.querySelectorAll("p, h2, h3, li, blockquote")) {
    const value = (el.textContent ?? "").replace(/\s+/g, " ").trim();
    if (value)
      parts.push({
        value,
        kind:
          el.tagName === "P"
            ? "paragraph"
            : el.tagName === "LI"
              ? "list-item"
              : el.tagName === "BLOCKQUOTE"
                ? "blockquote"
                : "heading",
      });
  }
  let text = "";
  const blocks: Block[] = [];
  for (const part of parts) {
    if (text) text += "\n\n";
    blocks.push({ start: text.length, end: text.length + part.value.length, kind: part.kind });
    text += part.value;
  }
  const bodyBlocks = blocks.filter((b) => b.kind !== "headline");
  const body = { start: bodyBlocks[0]?.start ?? 0, end: bodyBlocks.at(-1)?.end ?? text.length };
  const headline = blocks.find((b) => b.kind === "headline");
  const metadata: Metadata = headline
    ? { headline: { value: title, provenance: { source: "html-title", confidence: 0.5, span: headline } } }
    : {};
  return { text, body, blocks, boilerplate: [], metadata, diagnostics: [] };
}
