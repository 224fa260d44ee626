/**
 * TempEval-3 Task A scoring for time expressions (UzZaman et al. 2013): span precision, recall and F1 under strict
 * (same start and end) and relaxed (any overlap) matching, then type and value accuracy over the relaxed matches,
 * and value F1 = relaxed F1 × value accuracy, the task's headline figure. Counts are pooled over documents (micro).
 */

export interface TimexLike {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface TimexCounts {
  gold: number;
  system: number;
  /** System spans with a gold span of exactly the same extent, and the reverse. */
  strictSystem: number;
  strictGold: number;
  /** System spans overlapping some gold span, and the reverse. */
  relaxedSystem: number;
  relaxedGold: number;
  /** Gold spans paired one-to-one with an overlapping system span; type and value are compared on these pairs. */
  pairs: number;
  typeCorrect: number;
  valueCorrect: number;
}

export interface TimexScores {
  readonly strict: Prf;
  readonly relaxed: Prf;
  readonly typeAccuracy: number;
  readonly valueAccuracy: number;
  /** Relaxed F1 × type accuracy. */
  readonly typeF1: number;
  /** Relaxed F1 × value accuracy. */
  readonly valueF1: number;
  readonly counts: TimexCounts;
}

/** One gold expression and what the system made of it, for error reports. */
export interface TimexPair<T extends TimexLike = TimexLike> {
  readonly gold: T;
  readonly system: T;
}

export function emptyCounts(): TimexCounts {
  return {
    gold: 0,
    system: 0,
    strictSystem: 0,
    strictGold: 0,
    relaxedSystem: 0,
    relaxedGold: 0,
    pairs: 0,
    typeCorrect: 0,
    valueCorrect: 0,
  };
}

const overlaps = (a: TimexLike, b: TimexLike): boolean => a.start < b.end && b.start < a.end;
const overlapLength = (a: TimexLike, b: TimexLike): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Canonical form for comparing values: upper case and two-digit week numbers ("2000-W7" in the gold data is an
 * ill-formed "2000-W07").
 */
export function normaliseValue(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/-W(\d)(?!\d)/, "-W0$1");
}

/**
 * Pairs each gold expression with at most one overlapping system expression, the exact match first, then the
 * largest overlap; each system expression is used once.
 */
export function pairTimexes<T extends TimexLike>(gold: readonly T[], system: readonly T[]): TimexPair<T>[] {
  const candidates: { g: number; s: number; exact: boolean; overlap: number }[] = [];
  gold.forEach((g, gi) => {
    system.forEach((s, si) => {
      if (overlaps(g, s))
        candidates.push({ g: gi, s: si, exact: g.start === s.start && g.end === s.end, overlap: overlapLength(g, s) });
    });
  });
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.overlap - a.overlap || a.g - b.g);
  const usedGold = new Set<number>();
  const usedSystem = new Set<number>();
  const pairs: TimexPair<T>[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedSystem.has(c.s)) continue;
    usedGold.add(c.g);
    usedSystem.add(c.s);
    pairs.push({ gold: gold[c.g]!, system: system[c.s]! });
  }
  return pairs.sort((a, b) => a.gold.start - b.gold.start);
}

/** Adds one document's counts to `into` and returns its pairs. */
export function countDocument<T extends TimexLike>(
  gold: readonly T[],
  system: readonly T[],
  into: TimexCounts,
): TimexPair<T>[] {
  into.gold += gold.length;
  into.system += system.length;
  into.strictSystem += system.filter((s) => gold.some((g) => g.start === s.start && g.end === s.end)).length;
  into.strictGold += gold.filter((g) => system.some((s) => g.start === s.start && g.end === s.end)).length;
  into.relaxedSystem += system.filter((s) => gold.some((g) => overlaps(g, s))).length;
  into.relaxedGold += gold.filter((g) => system.some((s) => overlaps(g, s))).length;
  const pairs = pairTimexes(gold, system);
  into.pairs += pairs.length;
  into.typeCorrect += pairs.filter((p) => p.gold.type === p.system.type).length;
  into.valueCorrect += pairs.filter((p) => normaliseValue(p.gold.value) === normaliseValue(p.system.value)).length;
  return pairs;
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function prf(system: number, systemTotal: number, gold: number, goldTotal: number): Prf {
  const precision = ratio(system, systemTotal);
  const recall = ratio(gold, goldTotal);
  return { precision, recall, f1: f1(precision, recall) };
}

/** The TempEval-3 figures from pooled counts. */
export function scoresFromCounts(counts: TimexCounts): TimexScores {
  const strict = prf(counts.strictSystem, counts.system, counts.strictGold, counts.gold);
  const relaxed = prf(counts.relaxedSystem, counts.system, counts.relaxedGold, counts.gold);
  const typeAccuracy = ratio(counts.typeCorrect, counts.pairs);
  const valueAccuracy = ratio(counts.valueCorrect, counts.pairs);
  return {
    strict,
    relaxed,
    typeAccuracy,
    valueAccuracy,
    typeF1: relaxed.f1 * typeAccuracy,
    valueF1: relaxed.f1 * valueAccuracy,
    counts: { ...counts },
  };
}

/** Scores a set of documents, each with its gold and system expressions. */
export function scoreTimexes(
  docs: readonly { gold: readonly TimexLike[]; system: readonly TimexLike[] }[],
): TimexScores {
  const counts = emptyCounts();
  for (const d of docs) countDocument(d.gold, d.system, counts);
  return scoresFromCounts(counts);
}

export interface TypeBreakdown {
  readonly type: string;
  /** Gold expressions of this type, and how many some system expression overlaps. */
  readonly gold: number;
  readonly found: number;
  readonly recall: number;
  /** System expressions of this type, and how many overlap some gold expression. */
  readonly system: number;
  readonly precision: number;
  /** Over the gold expressions of this type that were paired: how often the system gave the same type and value. */
  readonly typeAccuracy: number;
  readonly valueAccuracy: number;
}

/** Per-type figures: recall and value accuracy by gold type, precision by system type. */
export function breakdownByType(
  docs: readonly { gold: readonly TimexLike[]; system: readonly TimexLike[] }[],
): TypeBreakdown[] {
  const types = new Set<string>();
  for (const d of docs) for (const t of [...d.gold, ...d.system]) types.add(t.type);
  return [...types].sort().map((type) => {
    let gold = 0;
    let found = 0;
    let system = 0;
    let systemHit = 0;
    let pairs = 0;
    let typeOk = 0;
    let valueOk = 0;
    for (const d of docs) {
      const g = d.gold.filter((x) => x.type === type);
      const s = d.system.filter((x) => x.type === type);
      gold += g.length;
      found += g.filter((x) => d.system.some((y) => overlaps(x, y))).length;
      system += s.length;
      systemHit += s.filter((x) => d.gold.some((y) => overlaps(x, y))).length;
      for (const p of pairTimexes(d.gold, d.system)) {
        if (p.gold.type !== type) continue;
        pairs++;
        if (p.system.type === type) typeOk++;
        if (normaliseValue(p.gold.value) === normaliseValue(p.system.value)) valueOk++;
      }
    }
    return {
      type,
      gold,
      found,
      recall: ratio(found, gold),
      system,
      precision: ratio(systemHit, system),
      typeAccuracy: ratio(typeOk, pairs),
      valueAccuracy: ratio(valueOk, pairs),
    };
  });
}
