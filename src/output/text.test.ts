import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../analyze.js";
import { shownRoles, toTextReport } from "./text.js";

describe("the text report", () => {
  const text =
    "Macron flies to Mali\n\nPresident Emmanuel Macron flew from Paris on Monday. “We are ready,” Macron said. A warship " +
    "shot down a missile in a test over the Pacific on Wednesday.";
  const report = toTextReport(analyze(text, { mediaType: "text/plain", published: "2017-12-12" }));

  it("opens with the headline and lists people with their roles", () => {
    assert.equal(report.split("\n")[0], "Macron flies to Mali");
    assert.match(report, /Emmanuel Macron — President/);
  });
  it("gives places their country and coordinates, with no empty country", () => {
    assert.match(report, /Paris \(FR 48\.\d\d,2\.\d\d\)/);
    // A region across countries has no country code: its coordinates follow the bracket directly.
    assert.match(report, /Pacific \(0\.00,-160\.00\)/);
  });
  it("lists quotes with their speaker and dates with their values", () => {
    assert.match(report, /\[direct\] Emmanuel Macron: “We are ready,”/);
    assert.match(report, /Monday = 2017-12-11/);
  });
});

describe("shownRoles", () => {
  const rows: [string[], string[]][] = [
    [["director of the port authority", "director"], ["director of the port authority"]],
    [["President", "President"], ["President"]],
    [
      ["General", "Chief of the Harbour Guard"],
      ["General", "Chief of the Harbour Guard"],
    ],
    [["professor", "professor of law at Harbour University"], ["professor of law at Harbour University"]],
  ];
  for (const [roles, want] of rows) it(roles.join(" | "), () => assert.deepEqual(shownRoles(roles), want));
});
