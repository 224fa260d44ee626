import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  isAuthorBio,
  parseBareByline,
  parseByline,
  parseBylineAfterDate,
  parseDateLine,
  parseSplitByline,
  parseWireDateline,
  splitKicker,
} from "./header-rules.js";
import { splitLines } from "./lines.js";

const line = (value: string) => {
  const l = splitLines(value)[0];
  if (!l) throw new Error("no line");
  return l;
};

describe("splitKicker", () => {
  const rows: [string, string | undefined, string][] = [
    ["WATCH: Happy New Year – troops go home", "WATCH", "Happy New Year – troops go home"],
    ["Opinion: Our city deserves better", "Opinion", "Our city deserves better"],
    ["BREAKING NEWS: Quake hits coast", "BREAKING NEWS", "Quake hits coast"],
    ["Stealth Over Health: Clinton Was Headed to ER", undefined, "Stealth Over Health: Clinton Was Headed to ER"],
    ["'We will not cut it': an interview", undefined, "'We will not cut it': an interview"],
  ];
  for (const [input, kicker, headline] of rows) {
    it(input, () => {
      const r = splitKicker(line(input));
      assert.equal(r.kicker ? input.slice(r.kicker.start, r.kicker.end) : undefined, kicker);
      assert.equal(input.slice(r.headline.start, r.headline.end), headline);
    });
  }
});

describe("parseDateLine", () => {
  const rows: [string, string | undefined, string[]][] = [
    ["December 12, 2017 – FRN – ", "2017-12-12", ["FRN"]],
    ["Published February 15, 2024", "2024-02-15", []],
    ["Updated 2 November 2023", "2023-11-02", []],
    ["By Leo Martin | 14 June 2022", "2022-06-14", []],
    ["2019-04-01", "2019-04-01", []],
    ["October 11, 2024 10:42 PM UTC", "2024-10-11T22:42Z", []],
    // A date written with dots is day first.
    ["04.05.2022", "2022-05-04", []],
    ["12.12.2022 | 06:46 | Energy", "2022-12-12", []],
    ["31.01.2022", "2022-01-31", []],
    // Dates in the other languages of scraped pages, on a line that states the year.
    ["13. Februar 2017", "2017-02-13", []],
    ["4 de mayo de 2022", "2022-05-04", []],
    ["12 février 2020", "2020-02-12", []],
    ["26. Dezember 2019 von Jonas Weber", "2019-12-26", []],
    // Two dates, a byline or a reading time beside the date.
    ["PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019", "2019-11-19T10:48", []],
    ["By Ana Lind Feb 8, 2020 5 min read", "2020-02-08", []],
    ["Nov 18, 2019 at 9:24 pm ET • 2 min read", "2019-11-18T21:24-05:00", []],
    [
      "Version 2.10.2021 of the app was released with many fixes for the harbour maps and the ferry timetable",
      undefined,
      [],
    ],
    ["On December 6, the chief of staff made an official announcement:", undefined, []],
    ["December 6", undefined, []],
  ];
  for (const [input, iso, extras] of rows) {
    it(input, () => {
      const r = parseDateLine(line(input));
      assert.equal(r?.iso, iso);
      if (extras.length)
        assert.deepEqual(
          r?.extras.map((e) => e.value),
          extras,
        );
    });
  }
});

describe("parseByline", () => {
  const rows: [string, string[]][] = [
    ["by Jane Doe", ["Jane Doe"]],
    ["By Maria Lopez and Tom Becker", ["Maria Lopez", "Tom Becker"]],
    ["By Priya Nair, James Holt and Ana de la Cruz", ["Priya Nair", "James Holt", "Ana de la Cruz"]],
    ["By Leo Martin | 14 June 2022", ["Leo Martin"]],
    ["By JANE SMITH Associated Press", ["JANE SMITH"]],
    ["By Staff", []],
    // A post run into the name without a space, a date run after it, the German, Spanish and French "by".
    ["By Mara KovacStaff Writer", ["Mara Kovac"]],
    ["By Ana Lind Feb 8, 2020 5 min read", ["Ana Lind"]],
    ["von Jonas Weber", ["Jonas Weber"]],
    ["Por Lucía Ortega | 03/05/2022 20:36", ["Lucía Ortega"]],
    ["Par Claire Dubois", ["Claire Dubois"]],
    ["Posted by Ola Berg", ["Ola Berg"]],
    ["Von der Ufer aus sah man die Boote", []],
    ["Par for the course, the council said", []],
    ["Bystanders fled the scene", []],
    ["by the river, people gathered to watch the boats", []],
  ];
  for (const [input, names] of rows) {
    it(input, () => assert.deepEqual(parseByline(line(input))?.names.map((n) => n.value) ?? [], names));
  }
});

describe("parseSplitByline", () => {
  const rows: [string, string, string[]][] = [
    ["By", "Ola Berg", ["Ola Berg"]],
    ["Written by", "Mara Kovac and Jan Holm", ["Mara Kovac", "Jan Holm"]],
    ["von", "Jonas Weber", ["Jonas Weber"]],
    ["By", "the harbour, boats were waiting", []],
    ["Bylines", "Ola Berg", []],
  ];
  for (const [first, second, names] of rows) {
    it(`${first} / ${second}`, () =>
      assert.deepEqual(parseSplitByline(line(first), line(second))?.names.map((n) => n.value) ?? [], names));
  }
});

describe("parseBylineAfterDate", () => {
  const rows: [string, string[]][] = [
    ["January 17, 2020 by Jane Roe", ["Jane Roe"]],
    ["Posted on June 2, 2021 by Ola Berg", ["Ola Berg"]],
    ["December 26, 2019 | by Mara Kovac | 3 Comments", ["Mara Kovac"]],
    ["26. Dezember 2019 von Jonas Weber", ["Jonas Weber"]],
    ["By Jane Roe | June 2, 2021", []],
    ["June 2, 2021 updated by the desk", []],
  ];
  for (const [input, names] of rows)
    it(input, () => assert.deepEqual(parseBylineAfterDate(line(input))?.names.map((n) => n.value) ?? [], names));
});

describe("parseBareByline", () => {
  it("takes no label over a split byline for a name over its outlet", () =>
    assert.equal(parseBareByline(line("Sign Out"), line("By")), undefined));
  it("reads a name over its outlet", () =>
    assert.equal(parseBareByline(line("Jane Roe"), line("Riverside Gazette"))?.byline.names[0]?.value, "Jane Roe"));
});

describe("parseWireDateline", () => {
  const rows: [string, string | undefined, string | undefined, string | undefined][] = [
    ["GENEVA (Reuters) — United Nations envoy said", "GENEVA", "Reuters", undefined],
    ["WASHINGTON (AP) - The Senate voted", "WASHINGTON", "AP", undefined],
    [
      "ABERDEEN, Scotland, March 4, 2024 /PRNewswire/ -- Northwind today announced",
      "ABERDEEN, Scotland",
      "PRNewswire",
      "2024-03-04",
    ],
    ["Geneva - The World Health Organisation chief", undefined, undefined, undefined],
    [
      "PHILADELPHIA, Pennsylvania — “I had hoped to see more unity,” said one",
      "PHILADELPHIA, Pennsylvania",
      undefined,
      undefined,
    ],
    ["TULSA, Okla. — The city council voted", "TULSA, Okla.", undefined, undefined],
    ["Geneva, Switzerland - The World Health Organisation chief", undefined, undefined, undefined],
    ["In Syria, all formations are destroyed", undefined, undefined, undefined],
    ["WASHINGTON, August 11, 2019 (Xinhua) -- U.S. officials said", "WASHINGTON", "Xinhua", "2019-08-11"],
    ["WASHINGTON, Aug. 11 (Reuters) - U.S. officials said", "WASHINGTON", "Reuters", undefined],
    ["WARSAW, Poland (AP) _ Poland, Hungary and the Czech Republic", "WARSAW, Poland", "AP", undefined],
  ];
  for (const [input, place, agency, iso] of rows) {
    it(input, () => {
      const r = parseWireDateline(line(input));
      assert.equal(r?.place, place);
      assert.equal(r?.agency, agency);
      assert.equal(r?.iso, iso);
    });
  }
});

describe("isAuthorBio", () => {
  const rows: [string, string[], boolean][] = [
    ["Jane Doe is a reporter at the Herald, covering courts.", ["Jane Doe"], true],
    ["Jane has covered courts since 2001.", ["Jane Doe"], false],
    ["About the author: Jane Doe writes about science.", [], true],
    ["Jane Doe said the ruling was unfair.", ["Jane Doe"], false],
  ];
  for (const [input, authors, expected] of rows)
    it(input, () => assert.equal(isAuthorBio(line(input), authors), expected));
});
