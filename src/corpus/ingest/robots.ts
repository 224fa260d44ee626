/**
 * robots.txt (RFC 9309): the group for our product token, else the "*" group; the longest matching Allow or
 * Disallow path wins, Allow on a tie. `*` and `$` wildcards are supported.
 */
export interface RobotsRules {
  readonly allow: readonly string[];
  readonly disallow: readonly string[];
  /** Crawl-delay in seconds, when given. */
  readonly crawlDelay?: number;
}

export const ALLOW_ALL: RobotsRules = { allow: [], disallow: [] };

export function parseRobots(text: string, product: string): RobotsRules {
  type Group = { agents: string[]; allow: string[]; disallow: string[]; delay?: number };
  const groups: Group[] = [];
  let current: Group | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, "").trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = (m[1] ?? "").toLowerCase();
    const value = (m[2] ?? "").trim();
    if (key === "user-agent") {
      if (!current || !lastWasAgent) {
        current = { agents: [], allow: [], disallow: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if (key === "allow" && value) current.allow.push(value);
    else if (key === "disallow" && value) current.disallow.push(value);
    else if (key === "crawl-delay" && Number.isFinite(Number(value))) current.delay = Number(value);
  }
  const token = product.toLowerCase();
  const group =
    groups.find((g) => g.agents.some((a) => a !== "*" && token.startsWith(a))) ??
    groups.find((g) => g.agents.includes("*"));
  return group ? { allow: group.allow, disallow: group.disallow, crawlDelay: group.delay } : ALLOW_ALL;
}

function matchLength(pattern: string, path: string): number {
  const anchored = pattern.endsWith("$");
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = new RegExp(
    `^${body
      .split("*")
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}${anchored ? "$" : ""}`,
  );
  return re.test(path) ? body.length : -1;
}

export function robotsAllows(rules: RobotsRules, path: string): boolean {
  let best = -1;
  let allowed = true;
  for (const p of rules.disallow) {
    const n = matchLength(p, path);
    if (n > best) {
      best = n;
      allowed = false;
    }
  }
  for (const p of rules.allow) {
    const n = matchLength(p, path);
    if (n >= best && n >= 0) {
      best = n;
      allowed = true;
    }
  }
  return allowed;
}
