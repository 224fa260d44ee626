/**
 * The one palette of the UI. main.tsx sets these as CSS custom properties on the app root (through the CSSOM,
 * which the CSP allows), the CSS files use only the variables, and test/ui/palette.test.ts checks the WCAG
 * contrast of every foreground/background pair the reader can produce. No DOM here: the unit test imports it.
 */

/** WCAG 2.x AA for normal text. */
export const AA_TEXT = 4.5;
/** WCAG 2.x AA for non-text marks (underlines, bars, focus rings). */
export const AA_NON_TEXT = 3;

export const BASE = {
  page: "#ffffff",
  text: "#1b1b1b",
  muted: "#525252",
  link: "#1d4ed8",
  focus: "#1d4ed8",
  panel: "#f6f7f9",
  border: "#6b7280",
  error: "#b91c1c",
} as const;

/** Backgrounds of highlighted spans, by layer; text on them stays BASE.text. */
export const HIGHLIGHT = {
  person: "#bfdbfe",
  organization: "#e9d5ff",
  place: "#bbf7d0",
  misc: "#e2e8f0",
  date: "#fed7aa",
  claim: "#fef9c3",
  boilerplate: "#e5e5e5",
} as const;

export type HighlightName = keyof typeof HIGHLIGHT;

/** Text colour of removed boilerplate when it is shown. */
export const BOILERPLATE_TEXT = "#404040";

/** Framing cues: a wavy underline in this colour. */
export const FRAMING_MARK = "#b91c1c";

/**
 * Quote colours, one per speaker in order of first quote (cycling after the last): the quote's text and its
 * underline bar take the colour, so each must read on the page and on every highlight it can sit on.
 */
export const SPEAKER_COLOURS = [
  "#9f1239",
  "#1e40af",
  "#6b21a8",
  "#166534",
  "#9a3412",
  "#115e59",
  "#86198f",
  "#3f3f46",
] as const;

/** Quotes with no speaker. */
export const UNATTRIBUTED_QUOTE = "#44403c";

/** Node colours of the entity network and the map markers (fills behind dark outlines and labels). */
export const ENTITY_FILL = {
  person: "#2563eb",
  organization: "#7c3aed",
  place: "#15803d",
  misc: "#57534e",
} as const;

/** The map: land, sea and place markers. */
export const MAP = { sea: "#eef4fb", land: "#d6d3cd", landEdge: "#8a8577", marker: "#b91c1c" } as const;

/** The CSS custom properties the stylesheets read. */
export function cssVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(BASE)) vars[`--c-${k}`] = v;
  for (const [k, v] of Object.entries(HIGHLIGHT)) vars[`--hl-${k}`] = v;
  for (const [k, v] of Object.entries(ENTITY_FILL)) vars[`--fill-${k}`] = v;
  for (const [k, v] of Object.entries(MAP)) vars[`--map-${k}`] = v;
  SPEAKER_COLOURS.forEach((c, i) => {
    vars[`--speaker-${i}`] = c;
  });
  vars["--speaker-none"] = UNATTRIBUTED_QUOTE;
  vars["--framing"] = FRAMING_MARK;
  vars["--bp-text"] = BOILERPLATE_TEXT;
  return vars;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`luminance: "${hex}" is not a #rrggbb colour`);
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => channel(Number.parseInt(x ?? "0", 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

export interface ContrastPair {
  readonly what: string;
  readonly fg: string;
  readonly bg: string;
  readonly min: number;
}

/** Every foreground/background combination the UI draws, with the AA minimum it must meet. */
export function contrastPairs(): ContrastPair[] {
  const pairs: ContrastPair[] = [];
  const backgrounds: [string, string][] = [
    ["page", BASE.page],
    ["panel", BASE.panel],
    ...Object.entries(HIGHLIGHT).filter(([k]) => k !== "boilerplate"),
  ];
  for (const [bgName, bg] of backgrounds) {
    pairs.push({ what: `text on ${bgName}`, fg: BASE.text, bg, min: AA_TEXT });
    SPEAKER_COLOURS.forEach((fg, i) => {
      pairs.push({ what: `speaker ${i} quote on ${bgName}`, fg, bg, min: AA_TEXT });
    });
    pairs.push({ what: `unattributed quote on ${bgName}`, fg: UNATTRIBUTED_QUOTE, bg, min: AA_TEXT });
    pairs.push({ what: `framing underline on ${bgName}`, fg: FRAMING_MARK, bg, min: AA_NON_TEXT });
    pairs.push({ what: `focus ring on ${bgName}`, fg: BASE.focus, bg, min: AA_NON_TEXT });
  }
  pairs.push({ what: "boilerplate text", fg: BOILERPLATE_TEXT, bg: HIGHLIGHT.boilerplate, min: AA_TEXT });
  for (const fg of [...SPEAKER_COLOURS, UNATTRIBUTED_QUOTE])
    pairs.push({ what: `quote ${fg} in shown boilerplate`, fg, bg: HIGHLIGHT.boilerplate, min: AA_TEXT });
  for (const [name, fg] of [
    ["muted", BASE.muted],
    ["link", BASE.link],
    ["error", BASE.error],
  ] as const) {
    pairs.push({ what: `${name} text on page`, fg, bg: BASE.page, min: AA_TEXT });
    pairs.push({ what: `${name} text on panel`, fg, bg: BASE.panel, min: AA_TEXT });
  }
  pairs.push({ what: "control borders on page", fg: BASE.border, bg: BASE.page, min: AA_NON_TEXT });
  for (const [name, fill] of Object.entries(ENTITY_FILL))
    pairs.push({ what: `${name} node on page`, fg: fill, bg: BASE.page, min: AA_NON_TEXT });
  pairs.push({ what: "map marker on land", fg: MAP.marker, bg: MAP.land, min: AA_NON_TEXT });
  pairs.push({ what: "map marker on sea", fg: MAP.marker, bg: MAP.sea, min: AA_NON_TEXT });
  pairs.push({ what: "text on sea", fg: BASE.text, bg: MAP.sea, min: AA_TEXT });
  return pairs;
}
