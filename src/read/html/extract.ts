/**
 * extractHtml: page bytes → the readable text of the article with its structure, furniture and metadata.
 *
 * Order of the stages: bytes (maybe gzip) → decoded string (encoding sniffing) → bounded tree (dom.ts) → boxes and
 * text blocks (segment.ts) → article container (content.ts, with the JSON-LD articleBody as a hint) → block
 * placement (body.ts) → metadata (metadata/) → text assembly (assemble.ts).
 *
 * `sourceMap[i]` is the UTF-16 offset, in the *decoded* HTML string, of `text[i]` (-1 for inserted separators and
 * values taken from metadata). Decoded-string offsets, not byte offsets: they index the string the page decodes to
 * with `encoding`, so `decodedHtml.slice(sourceMap[i])` starts at the character.
 */
import type { BlockKind, BoilerplateKind, Metadata } from "../../core/document.js";
import { assemble } from "./assemble.js";
import { placeBlocks } from "./body.js";
import { articleBodyAgreement } from "./body-hint.js";
import { chooseContainer } from "./content.js";
import { DEFAULT_PARSE_LIMITS, parseHtml } from "./dom.js";
import { type EncodingSource, decodeHtml } from "./encoding.js";
import { DEFAULT_MAX_BYTES, InputTooLargeError, isGzip, readMaybeGzip } from "./gzip.js";
import { readMetadata } from "./metadata/index.js";
import { articleNode, readJsonLd, str } from "./metadata/jsonld.js";
import { segment, within } from "./segment.js";

export interface ExtractDiagnostic {
  code: string;
  message: string;
  stage: string;
}

export interface HtmlExtraction {
  /** Headline, standfirst, byline, body blocks, captions, then furniture blocks, joined by "\n\n". */
  text: string;
  encoding: string;
  encodingSource: EncodingSource;
  /** The article body inside `text`: `text.slice(body.start, body.end)`; it holds body blocks only. */
  body: { start: number; end: number };
  blocks: { start: number; end: number; kind: BlockKind }[];
  /** Furniture kept in `text` after the body (never inside it). */
  boilerplate: { start: number; end: number; kind: BoilerplateKind; rule: string }[];
  metadata: Metadata;
  /** Per UTF-16 unit of `text`: its UTF-16 offset in the decoded HTML string, or -1 when inserted. */
  sourceMap: Int32Array;
  diagnostics: ExtractDiagnostic[];
}

export interface ExtractOptions {
  /** The page's URL, for URL dates and metadata.url. */
  url?: string;
  /** The HTTP Content-Type header, when known (its charset wins over <meta charset>). */
  contentType?: string;
  /** Refuse inputs (after gunzip) larger than this; default 10 MB. */
  maxBytes?: number;
  /** Parse budget in ms; default 5000. */
  maxParseMs?: number;
}

/** articleBody shorter than this share of the container's prose is a teaser, not the body. */
const TEASER_SHARE = 0.6;

/** Share of control bytes in the first KB above which the input is not text at all. */
const BINARY_SHARE = 0.1;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > BINARY_SHARE;
}

export function extractHtml(input: Uint8Array, options: ExtractOptions = {}): HtmlExtraction {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.length > maxBytes && !isGzip(input)) throw new InputTooLargeError("the page", maxBytes);
  const bytes = isGzip(input) ? readMaybeGzip(input, maxBytes) : input;
  const diagnostics: ExtractDiagnostic[] = [];
  if (bytes.length === 0) diagnostics.push({ code: "empty-input", message: "the page is empty", stage: "read:html" });
  if (looksBinary(bytes)) diagnostics.push({ code: "not-html", message: "the input looks binary, not HTML; the text is what decoding produced", stage: "read:html" });

  const decoded = decodeHtml(bytes, options.contentType);
  diagnostics.push(...decoded.diagnostics);
  const parsed = parseHtml(decoded.html, { ...DEFAULT_PARSE_LIMITS, maxMs: options.maxParseMs ?? DEFAULT_PARSE_LIMITS.maxMs });
  if (parsed.truncated.depth) diagnostics.push({ code: "dom-depth-capped", message: `elements nested deeper than ${DEFAULT_PARSE_LIMITS.maxDepth} were flattened`, stage: "read:html:parse" });
  if (parsed.truncated.time) diagnostics.push({ code: "parse-time-capped", message: "parsing ran out of time; the rest of the page was dropped", stage: "read:html:parse" });

  const jsonLd = readJsonLd(parsed.jsonLd);
  diagnostics.push(...jsonLd.diagnostics);
  const article = articleNode(jsonLd.nodes);
  const articleBody = article === undefined ? undefined : str(article.articleBody);

  const { boxes, blocks } = segment(parsed.root);
  let choice = chooseContainer(boxes, blocks);
  // An articleBody much shorter than the prose we found is a teaser (first paragraph only): no use as a hint.
  const agreement = articleBody !== undefined && articleBody.length >= TEASER_SHARE * choice.container.prose ? articleBodyAgreement(articleBody) : undefined;
  if (agreement !== undefined) choice = chooseContainer(boxes, blocks, agreement);
  const inside = blocks.filter((b) => within(b.box, choice.container));
  const placement = placeBlocks(choice.container, inside, agreement);

  const meta = readMetadata({ parsed, jsonLd: jsonLd.nodes, article, blocks, url: options.url });
  diagnostics.push(...meta.diagnostics);
  const assembled = assemble({ blocks, inside, placement, meta });
  if (assembled.body.end === assembled.body.start && bytes.length > 0) {
    diagnostics.push({ code: "no-article-body", message: "no block of the page reads like an article body", stage: "read:html:content" });
  }
  return {
    text: assembled.text,
    encoding: decoded.encoding,
    encodingSource: decoded.encodingSource,
    body: assembled.body,
    blocks: assembled.blocks,
    boilerplate: assembled.boilerplate,
    metadata: meta.metadata,
    sourceMap: assembled.sourceMap,
    diagnostics,
  };
}
