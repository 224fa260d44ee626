/**
 * The article text as segments: plain runs are text nodes, highlighted runs are focusable spans. It re-renders
 * only when the segments change (a layer toggle), not when the details tooltip moves.
 */
import { Component } from "preact";
import { literal } from "../literal.js";
import type { Segment } from "./segments.js";

export const SEGMENT_ID_PREFIX = "seg-";
export const DETAILS_ID = "span-details";

/** Runs of blank lines (often where hidden boilerplate was) shown as one blank line; display only. */
const BLANK_RUN = /\n[ \t]*\n(?:[ \t]*\n)+/g;

const shown = literal;

/**
 * A plain run as displayed: blank-line runs folded, and after a hidden block (a gap between segments) the leading
 * line breaks dropped when the text before already ended a line, so removed boilerplate leaves no hole.
 */
function plainRun(text: string, segments: readonly Segment[], i: number): string {
  const s = segments[i];
  if (!s) return "";
  let run = text.slice(s.start, s.end);
  const prev = segments[i - 1];
  if (prev && prev.end < s.start && /\n\s*$/.test(text.slice(prev.start, prev.end))) run = run.replace(/^\s*\n/, "");
  return run.replace(BLANK_RUN, "\n\n");
}

interface Props {
  readonly text: string;
  readonly segments: readonly Segment[];
}

export class ArticleText extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    return next.segments !== this.props.segments || next.text !== this.props.text;
  }

  override render() {
    const { text, segments } = this.props;
    return (
      <div class="article-text">
        {segments.map((s, i) =>
          s.marks.length === 0 ? (
            shown(plainRun(text, segments, i))
          ) : (
            <span
              id={SEGMENT_ID_PREFIX + i}
              class={s.classes}
              data-i={i}
              // Focusable so keyboard users reach every highlight; the details appear in the live region.
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a highlight is a focusable annotation with details
              tabIndex={0}
              aria-describedby={DETAILS_ID}
            >
              {shown(text.slice(s.start, s.end))}
            </span>
          ),
        )}
      </div>
    );
  }
}
