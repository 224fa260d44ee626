/**
 * Builds the output text block by block, recording for every UTF-16 unit its offset in the decoded HTML string
 * (-1 for characters we inserted: block separators, line breaks, a headline taken from metadata). White space runs
 * collapse to one space, mapped to the first white-space character of the run.
 */
import type { Piece } from "./segment.js";

const INITIAL_CAPACITY = 4096;

export class TextBuilder {
  private chunks: string[] = [];
  private map = new Int32Array(INITIAL_CAPACITY);
  length = 0;

  private push(ch: string, src: number): void {
    if (this.length + ch.length > this.map.length) {
      const grown = new Int32Array(Math.max(this.map.length * 2, this.length + ch.length));
      grown.set(this.map);
      this.map = grown;
    }
    for (let k = 0; k < ch.length; k++) this.map[this.length + k] = src;
    this.chunks.push(ch);
    this.length += ch.length;
  }

  /** Appends a separator or a value not read from the page; every unit maps to -1. */
  inserted(s: string): { start: number; end: number } {
    const start = this.length;
    if (s !== "") this.push(s, -1);
    return { start, end: this.length };
  }

  /** Appends a block's pieces with white space collapsed and trimmed; returns its span (empty when no text). */
  block(pieces: readonly Piece[]): { start: number; end: number } {
    const start = this.length;
    let pendingSpace = -2; // -2: nothing pending; ≥ -1: a space (or break) is pending, mapped here
    let pendingBreak = false;
    let any = false;
    for (const piece of pieces) {
      if (piece === null) {
        pendingBreak = true;
        continue;
      }
      const { text, src, linear } = piece.node;
      let run = "";
      let runStart = -1;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const at = linear ? src + i : src;
        // A no-break space (160) is collapsed like any other: it should not pile up at block edges.
        if (code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 160) {
          if (pendingSpace === -2) pendingSpace = at;
          continue;
        }
        if (any && (pendingSpace !== -2 || pendingBreak)) {
          if (run !== "") this.flushRun(run, runStart, linear, src);
          run = "";
          this.push(pendingBreak ? "\n" : " ", pendingBreak ? -1 : pendingSpace);
        }
        pendingSpace = -2;
        pendingBreak = false;
        if (run === "") runStart = i;
        run += text[i];
        any = true;
      }
      if (run !== "") this.flushRun(run, runStart, linear, src);
    }
    return { start, end: this.length };
  }

  private flushRun(run: string, offsetInNode: number, linear: boolean, src: number): void {
    if (this.length + run.length > this.map.length) {
      const grown = new Int32Array(Math.max(this.map.length * 2, this.length + run.length));
      grown.set(this.map);
      this.map = grown;
    }
    for (let k = 0; k < run.length; k++) this.map[this.length + k] = linear ? src + offsetInNode + k : src;
    this.chunks.push(run);
    this.length += run.length;
  }

  /** Drops everything after `length` (used to undo an empty block's separator). */
  truncate(length: number): void {
    if (length >= this.length) return;
    const text = this.toString().slice(0, length);
    this.chunks = [text];
    this.length = length;
  }

  toString(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join("")];
    return this.chunks[0] ?? "";
  }

  sourceMap(): Int32Array {
    return this.map.slice(0, this.length);
  }
}
