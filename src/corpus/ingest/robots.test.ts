import assert from "node:assert/strict";
import { test } from "node:test";
import { parseRobots, robotsAllows } from "./robots.js";

const ROBOTS = `
User-agent: badbot
Disallow: /

User-agent: *
Disallow: /private/
Allow: /private/open
Disallow: /*.pdf$
Crawl-delay: 2
`;

test("robots: groups, longest match, wildcards", () => {
  const rules = parseRobots(ROBOTS, "sift");
  assert.equal(rules.crawlDelay, 2);
  const rows: Array<[string, boolean]> = [
    ["/news/a.html", true],
    ["/private/x", false],
    ["/private/open/page", true],
    ["/files/report.pdf", false],
    ["/files/report.pdf?x=1", true],
  ];
  for (const [path, allowed] of rows) assert.equal(robotsAllows(rules, path), allowed, path);
  assert.equal(robotsAllows(parseRobots(ROBOTS, "badbot"), "/news"), false);
  assert.equal(robotsAllows(parseRobots("", "sift"), "/anything"), true);
});
