/** One line of the `npm run eval` table: our figure next to a peer's measured in the same run, and the target. */
export interface EvalRow {
  readonly task: string;
  readonly dataset: string;
  readonly metric: string;
  readonly ours: number;
  readonly peer?: number;
  readonly peerName?: string;
  /** The figure the issue asks for; `higherIsBetter` decides the direction. */
  readonly target?: number;
  readonly higherIsBetter?: boolean;
}

const fmt = (x: number | undefined): string =>
  x === undefined ? "—" : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(3);

/** Formats rows as a Markdown table, so the same text goes to the terminal and README.md. */
export function formatEvalTable(rows: readonly EvalRow[]): string {
  const head = "| task | dataset | metric | Sift | peer | peer value | target | met |";
  const rule = "|---|---|---|---:|---|---:|---:|:---:|";
  const lines = rows.map((r) => {
    const met =
      r.target === undefined
        ? ""
        : (r.higherIsBetter ?? true)
          ? r.ours >= r.target
            ? "yes"
            : "no"
          : r.ours <= r.target
            ? "yes"
            : "no";
    return `| ${r.task} | ${r.dataset} | ${r.metric} | ${fmt(r.ours)} | ${r.peerName ?? ""} | ${fmt(r.peer)} | ${fmt(r.target)} | ${met} |`;
  });
  return [head, rule, ...lines].join("\n");
}
