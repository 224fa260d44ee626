/**
 * A hostile article for the reader: markup that would run script if it ever reached the DOM as HTML, and Unicode
 * that changes how text displays. Every payload sets the same window flag, so one check covers them all.
 */
export const PWNED_FLAG = "__siftPwned";

const set = (n: number): string => `window.${PWNED_FLAG}=${n}`;

const PAYLOAD_LINES = [
  `Minister <img src=x onerror="${set(1)}"> says budget is safe`,
  "",
  `Hostile Times reporter Jane Doe writes: <script>${set(2)};alert(1)</script> and more.`,
  "",
  `The minister, Alice Smith, said: "We will <svg onload="${set(3)}"> win this vote by 300 votes." Read <a href="javascript:${set(4)}">here</a>.`,
  "",
  `A file named \u202Egnp.exe\u202C was shared; the word zero\u200Dwidth\u200B hides joiners; Z\u0351\u0352\u0353a\u0300\u0301\u0302l\u0303\u0304g\u0305o stacks marks.`,
  "",
  `<iframe srcdoc="<script>parent.${set(5)}</script>"></iframe> <style>body{display:none}</style> <form action="javascript:${set(6)}"><button>go</button></form>`,
];

/** Pasted as text: the markup must show literally. */
export const EVIL_TEXT = PAYLOAD_LINES.join("\n");

/** Served as an HTML page (metadata too carries payloads). */
export const EVIL_HTML = `<!doctype html><html><head><meta charset="utf-8">
<title>Hostile <script>${set(7)}</script> headline</title>
<meta property="og:title" content="Hostile headline &lt;img src=x onerror=${set(8)}&gt;">
<link rel="canonical" href="javascript:${set(9)}">
</head><body onload="${set(10)}"><article><h1>Hostile headline</h1>
<p>The minister, Alice Smith, said: "We will win this vote by 300 votes," on Tuesday in London.</p>
<p><img src=x onerror="${set(11)}"> <svg onload="${set(12)}"><circle r="5"/></svg>
<a href="javascript:${set(13)}">a link</a> <script>${set(14)}</script></p>
<p>Text with \u202Ereversed\u202C words, zero\u200Dwidth joiners and Z\u0351\u0352a\u0300\u0301 marks.</p>
</article></body></html>`;
