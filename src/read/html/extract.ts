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
import { articleBodyAgreement, MIN_ARTICLE_BODY, plain } from "./body-hint.js";
import { chooseContainer } from "./content.js";
import { DEFAULT_PARSE_LIMITS, type ElementNode, parseHtml } from "./dom.js";
import { decodeHtml, type EncodingSource } from "./encoding.js";
import { DEFAULT_MAX_BYTES, InputTooLargeError, isGzip, readMaybeGzip } from "./gzip.js";
import { readMetadata } from "./metadata/index.js";
import { articleNode, readJsonLd, str } from "./metadata/jsonld.js";
import { segment, within } from "./segment.js";
import { teaserCards } from "./teasers.js";

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

/** The markup's body is replaced by JSON-LD articleBody when it holds less than this share of its length. */
const JSON_LD_FALLBACK_SHARE = 0.3;

/** Furniture whose dates and names are not the article's: other stories, readers' comments, ads. */
const FOREIGN_KINDS: ReadonlySet<BoilerplateKind> = new Set(["related", "comments", "advertisement"]);

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
  if (looksBinary(bytes))
    diagnostics.push({
      code: "not-html",
      message: "the input looks binary, not HTML; the text is what decoding produced",
      stage: "read:html",
    });

  const decoded = decodeHtml(bytes, options.contentType);
  diagnostics.push(...decoded.diagnostics);
  const parsed = parseHtml(decoded.html, {
    ...DEFAULT_PARSE_LIMITS,
    maxMs: options.maxParseMs ?? DEFAULT_PARSE_LIMITS.maxMs,
  });
  if (parsed.truncated.depth)
    diagnostics.push({
      code: "dom-depth-capped",
      message: `elements nested deeper than ${DEFAULT_PARSE_LIMITS.maxDepth} were flattened`,
      stage: "read:html:parse",
    });
  if (parsed.truncated.time)
    diagnostics.push({
      code: "parse-time-capped",
      message: "parsing ran out of time; the rest of the page was dropped",
      stage: "read:html:parse",
    });

  const jsonLd = readJsonLd(parsed.jsonLd);
  diagnostics.push(...jsonLd.diagnostics);
  const article = articleNode(jsonLd.nodes);
  const articleBody = article === undefined ? undefined : str(article.articleBody);

  const { boxes, blocks } = segment(parsed.root);
  const cards = teaserCards(blocks);
  let choice = chooseContainer(boxes, blocks, undefined, cards);
  // An articleBody much shorter than the prose we found is a teaser (first paragraph only): no use as a hint.
  const agreement =
    articleBody !== undefined && articleBody.length >= TEASER_SHARE * choice.container.prose
      ? articleBodyAgreement(articleBody)
      : undefined;
  if (agreement !== undefined) choice = chooseContainer(boxes, blocks, agreement, cards);
  const inside = blocks.filter((b) => within(b.box, choice.container));
  const foreign = new Set<ElementNode>(
    boxes
      .filter((b) => cards.has(b) || (b.furniture?.box === b && FOREIGN_KINDS.has(b.furniture.kind)))
      .map((b) => b.el),
  );
  const meta = readMetadata({
    parsed,
    jsonLd: jsonLd.nodes,
    article,
    blocks,
    url: options.url,
    foreign,
    container: choice.container,
  });
  diagnostics.push(...meta.diagnostics);
  const authors = meta.metadata.authors?.value.map((a) => a.name) ?? [];
  const placement = placeBlocks(choice.container, inside, agreement, authors, cards);
  // Pages rendered by JavaScript carry the article only in JSON-LD: when the markup holds much less prose than the
  // publisher's articleBody, the articleBody becomes the body (inserted text, sourceMap -1).
  let fallback: string[] | undefined;
  const bodyChars = inside.reduce((n, b, i) => n + (placement[i]?.role === "body" ? b.text.length : 0), 0);
  const plainBody = articleBody === undefined ? "" : plain(articleBody).trim();
  if (plainBody.length >= MIN_ARTICLE_BODY && bodyChars < JSON_LD_FALLBACK_SHARE * plainBody.length) {
    fallback = plainBody.split(/\s*\n\s*/).filter((p) => p !== "");
    diagnostics.push({
      code: "body-from-json-ld",
      message: "the markup holds little of the article; the body is the JSON-LD articleBody",
      stage: "read:html:content",
    });
  }
  const assembled = assemble({ blocks, inside, placement, meta, fallback });
  if (assembled.body.end === assembled.body.start && bytes.length > 0) {
    diagnostics.push({
      code: "no-article-body",
      message: "no block of the page reads like an article body",
      stage: "read:html:content",
    });
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
