import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findTimes } from "./find-times.js";
import { sentenceAround } from "./tense.js";

/**
 * The rules that read an expression's context to anchor it: tense cues, deadlines, possessives, anaphora to the
 * period or day the text is on. [rule, text, anchor, expected surface, type, value].
 */
type Row = readonly [rule: string, text: string, anchor: string, surface: string, type: string, value: string];

const ROWS: readonly Row[] = [
  // Tense cues (tense.ts).
  [
    "a scheduled present before a weekday points ahead (2019-11-18 is a Monday)",
    "Harlow Stores reports third-quarter earnings Wednesday, and analysts expect strong sales.",
    "2019-11-18",
    "Wednesday",
    "DATE",
    "2019-11-20",
  ],
  [
    "a present progressive of a scheduled act points ahead",
    "The county board is voting Thursday on the levy.",
    "2019-11-18",
    "Thursday",
    "DATE",
    "2019-11-21",
  ],
  [
    "the scheduled end of what is under way points ahead",
    "Two days of voting ends Friday at noon, union officials said.",
    "2019-11-18",
    "Friday at noon",
    "TIME",
    "2019-11-22T12:00",
  ],
  [
    "an offer that expires on a weekday expires ahead",
    "The tender offer expires Thursday.",
    "2019-11-18",
    "Thursday",
    "DATE",
    "2019-11-21",
  ],
  [
    "the -s form after a determiner is a noun, no scheduled present",
    "The reports Friday showed a drop in sales.",
    "2019-11-18",
    "Friday",
    "DATE",
    "2019-11-15",
  ],
  [
    "the -s form after a past verb in its clause is that verb's object",
    "Ninety members had filed compliance reports by Wednesday.",
    "2019-11-18",
    "Wednesday",
    "DATE",
    "2019-11-13",
  ],
  [
    "a fronted adjunct is dated by the verb after it, even a reporting one",
    "In September, it announced plans to acquire the unit.",
    "1989-10-30",
    "September",
    "DATE",
    "1989-09",
  ],
  [
    "a reporting verb after a quote still does not date what is quoted",
    '"The troops will leave Thursday," the minister said.',
    "1990-08-15",
    "Thursday",
    "DATE",
    "1990-08-16",
  ],
  [
    "a deadline preposition points ahead",
    "The company has a revolving loan through January.",
    "1989-10-30",
    "January",
    "DATE",
    "1990-01",
  ],
  [
    "…but not in the past perfect",
    "Nashua had purchased 481,000 shares through Sept. 29.",
    "1989-10-30",
    "Sept. 29",
    "DATE",
    "1989-09-29",
  ],
  ["…nor when it closes a range", "Sales this year through August rose 5%.", "1989-10-27", "August", "DATE", "1989-08"],
  [
    "…nor after a past-tense verb right before it",
    "Prices rose through March.",
    "2017-05-10",
    "March",
    "DATE",
    "2017-03",
  ],
  [
    "…while a verb further back leaves the deadline ahead",
    "The agency extended its deadline until 9 a.m. Tuesday.",
    "2017-05-10",
    "9 a.m. Tuesday",
    "TIME",
    "2017-05-16T09:00",
  ],
  [
    "a plan seen from the past perfect has come due",
    "The offer had been due to expire Friday evening.",
    "1989-10-30",
    "Friday evening",
    "TIME",
    "1989-10-27TEV",
  ],
  [
    "the noun deadline is no future cue",
    "Holders tendered 99% of the shares by the Tuesday deadline.",
    "1989-11-02",
    "Tuesday",
    "DATE",
    "1989-10-31",
  ],
  [
    "would points ahead of the telling",
    "Officials said the father would be traveling to the United States Thursday.",
    "2000-04-05",
    "Thursday",
    "DATE",
    "2000-04-06",
  ],
  [
    "effective points ahead",
    "The bank created an office of the chairman, effective Feb. 1.",
    "1989-10-26",
    "Feb. 1",
    "DATE",
    "1990-02-01",
  ],
  [
    "…unless it was effective",
    "The cut was effective Jan. 1, the bank said.",
    "1990-03-10",
    "Jan. 1",
    "DATE",
    "1990-01-01",
  ],
  [
    "a participle used as an adjective is no past cue",
    "The dividend would be paid on a still unspecified date in January.",
    "1989-10-26",
    "January",
    "DATE",
    "1990-01",
  ],
  // Weekdays (recognisers/days.ts, refiners/relative-to-day.ts).
  [
    "a possessive weekday names a day already past",
    "His relatives will look for ways to get around Wednesday's ruling.",
    "2000-01-15",
    "Wednesday",
    "DATE",
    "2000-01-12",
  ],
  [
    "…unless it is still awaited",
    "Voters are restless in advance of Sunday's election.",
    "2017-05-10",
    "Sunday",
    "DATE",
    "2017-05-14",
  ],
  [
    "…or a future verb follows it",
    "Tuesday's meeting will decide the matter.",
    "2017-05-10",
    "Tuesday",
    "DATE",
    "2017-05-16",
  ],
  [
    "the previous Friday is the one before the Friday the text is on",
    "Stocks fell Friday. The index closed down 4.5% from the previous Friday.",
    "1989-10-30",
    "the previous Friday",
    "DATE",
    "1989-10-20",
  ],
  [
    "the previous Friday without a Friday in the text counts from the anchor",
    "The index closed down 4.5% from the previous Friday.",
    "1989-10-30",
    "the previous Friday",
    "DATE",
    "1989-10-27",
  ],
  [
    "the day before a named day",
    "The day before last Tuesday's hearing, he flew to Washington.",
    "2000-02-24",
    "The day before last Tuesday",
    "DATE",
    "2000-02-21",
  ],
  [
    "the day after a date",
    "He resigned the day after Dec. 6.",
    "2017-12-12",
    "the day after Dec. 6",
    "DATE",
    "2017-12-07",
  ],
  [
    "the week of a date is that date's ISO week",
    "The case may be heard the week of March 6.",
    "2000-02-24",
    "the week of March 6",
    "DATE",
    "2000-W10",
  ],
  // Years, quarters and their edges (recognisers/units.ts, recognisers/quarters.ts).
  [
    "the full year is the year reported on, not the year named before",
    "Sales should reach $1 billion by 1992. The chairman forecast an earnings increase for the full year.",
    "1989-10-30",
    "the full year",
    "DATE",
    "1989",
  ],
  [
    "…unless the same sentence names the year",
    "In 1988, sales for the full year rose 5%.",
    "1989-10-30",
    "the full year",
    "DATE",
    "1988",
  ],
  [
    "the year passes over a comparison point",
    "Prices were higher than a year ago. Planting was delayed earlier in the year by rains.",
    "1989-10-26",
    "the year",
    "DATE",
    "1989",
  ],
  [
    "the fiscal year the text is on is a DATE",
    "The drop in net income will result in lower earnings for the fiscal year.",
    "1989-11-02",
    "the fiscal year",
    "DATE",
    "1989",
  ],
  [
    "…but throughout the fiscal year it is a stretch of time",
    "Profitability should increase throughout the fiscal year.",
    "1989-10-26",
    "the fiscal year",
    "DURATION",
    "P1Y",
  ],
  [
    "…and so is the fiscal year ended on a day",
    "In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.",
    "1989-10-31",
    "the fiscal year",
    "DURATION",
    "P1Y",
  ],
  [
    "was/were before a plan is its auxiliary, not a past cue",
    "Protesters planned a large demonstration on Saturday and were planning to drive around Miami.",
    "2000-01-07",
    "Saturday",
    "DATE",
    "2000-01-08",
  ],
  [
    "a past perfect clause does not block a deadline governed by a later infinitive",
    "The sale, which had been expected, is part of a program to pay down the loan by February.",
    "1989-10-30",
    "February",
    "DATE",
    "1990-02",
  ],
  [
    "this quarter's results are the reported quarter's",
    "Third-quarter net fell to $1 million. This quarter's loss includes pretax charges of $4.9 million.",
    "1989-11-01",
    "This quarter",
    "DATE",
    "1989-Q3",
  ],
  [
    "…but this quarter alone is the anchor's",
    "Third-quarter net fell to $1 million. Sales should recover this quarter.",
    "1989-11-01",
    "this quarter",
    "DATE",
    "1989-Q4",
  ],
  [
    "since year-end is the last year-end before the anchor",
    "The index is based on the close of 1969. The change is since year-end.",
    "1989-10-30",
    "year-end",
    "DATE",
    "1988-12-31",
  ],
  [
    "the corresponding period last year is the reported quarter a year back",
    "Third-quarter net income fell to $1 million from $1.8 million for the corresponding period last year.",
    "1989-11-01",
    "the corresponding period last year",
    "DATE",
    "1988-Q3",
  ],
  [
    "after a nine-month total, a year earlier is dated by its year",
    "Net rose 51% in the third quarter. Net for the nine months was $254 million, up 56% from $163 million a year earlier.",
    "1989-10-26",
    "a year earlier",
    "DATE",
    "1988",
  ],
  [
    "…while after the quarter it is that quarter a year back",
    "Net rose 51% in the third quarter, to $87 million from $58 million a year earlier.",
    "1989-10-26",
    "a year earlier",
    "DATE",
    "1988-Q3",
  ],
  [
    "years earlier count back from the year the sentence before states, not from the anchor",
    "In 1996 the mill burned down. It had opened three years earlier.",
    "2010-05-04",
    "three years earlier",
    "DATE",
    "1993",
  ],
  [
    "…and from the anchor when the text states no year nearby",
    "The mill burned down. It had opened three years earlier.",
    "2010-05-04",
    "three years earlier",
    "DATE",
    "2007",
  ],
  [
    "years ago always count from the anchor",
    "In 1996 the mill burned down. It had opened three years ago.",
    "2010-05-04",
    "three years ago",
    "DATE",
    "2007",
  ],
  [
    "the 1988 period after a nine-month total is that year",
    "Net rose in the third quarter. In the nine months, net was $306 million, against a loss of $195 million in the 1988 period.",
    "1989-11-02",
    "the 1988 period",
    "DATE",
    "1988",
  ],
  [
    "a quarter known by its end date is the calendar quarter holding most of it",
    "In the quarter ended July 31, the company had 5.6 million shares.",
    "1989-10-30",
    "the quarter",
    "DATE",
    "1989-Q2",
  ],
  [
    "…across a year boundary",
    "Sales rose in the quarter ended Jan. 31.",
    "1989-10-30",
    "the quarter",
    "DATE",
    "1988-Q4",
  ],
  // Possessive and generic "today" / "tomorrow" (recognisers/days.ts).
  [
    "today's before an occasion is the anchor's day",
    "Shareholders will vote at today's annual meeting in Dallas.",
    "2005-06-14",
    "today",
    "DATE",
    "2005-06-14",
  ],
  [
    "…and so is today's before a publication",
    "The notice appears in today's editions of two local papers.",
    "2005-06-14",
    "today",
    "DATE",
    "2005-06-14",
  ],
  [
    "today's before a kind of people is the present in general",
    "Critics say the rules ignore how today's young workers live.",
    "2005-06-14",
    "today",
    "DATE",
    "PRESENT_REF",
  ],
  [
    "the engineers of tomorrow are the future in general, not the next day",
    "The academy says it trains the engineers of tomorrow.",
    "2005-06-14",
    "tomorrow",
    "DATE",
    "FUTURE_REF",
  ],
  // Days the text points back at (recognisers/anaphora.ts) or says of the present (recognisers/days.ts).
  [
    "that same day after a month is a day of that month",
    "The clinic was attacked last March. Its website went dark that same day.",
    "2001-01-10",
    "that same day",
    "DATE",
    "2000-03-XX",
  ],
  [
    "an ordinal day said of the present is the anchor's day",
    "Today is the fifth day of the teachers' strike.",
    "2011-09-09",
    "the fifth day",
    "DATE",
    "2011-09-09",
  ],
  [
    "…with a contraction too",
    "It's the 12th straight day of protests in the capital.",
    "2011-09-09",
    "the 12th straight day",
    "DATE",
    "2011-09-09",
  ],
  // A bare month named again (resolve.ts).
  [
    "a month named again without a tense takes the year it was just given",
    "Both parties are expected to sign the accord in early June. Observers can attend the ceremony in June.",
    "2003-11-20",
    "June",
    "DATE",
    "2004-06",
  ],
];

function describeFound(text: string, anchor: string): string {
  return findTimes(text, { anchor })
    .map((t) => `${JSON.stringify(text.slice(t.start, t.end))} ${t.type} ${t.value}`)
    .join("; ");
}

describe("findTimes reads the context", () => {
  for (const [rule, text, anchor, surface, type, value] of ROWS) {
    test(`${rule}: ${surface} (${anchor}) → ${type} ${value}`, () => {
      const hit = findTimes(text, { anchor }).find((t) => text.slice(t.start, t.end) === surface);
      assert.ok(hit, `"${surface}" not found; found: ${describeFound(text, anchor)}`);
      assert.equal(hit.type, type);
      assert.equal(hit.value, value);
    });
  }
});

/** A capitalised "Today" straight after an acronym names a paper or a programme. */
describe("findTimes leaves names alone", () => {
  for (const [text, surface] of [
    ["This is VOA Today.", "Today"],
    ["He reads USA Today every morning.", "Today"],
    // An outlet's name in capitals on a line of its own, under a byline.
    ["By Jane Doe\nUSA TODAY\nThe vote was close.", "TODAY"],
  ] as const) {
    test(`"${surface}" in "${text}"`, () => {
      const start = text.indexOf(surface);
      const found = findTimes(text, { anchor: "1998-03-31" }).filter(
        (t) => t.start < start + surface.length && start < t.end,
      );
      assert.deepEqual(found, [], describeFound(text, "1998-03-31"));
    });
  }

  test("a title-case headline's Today is still the anchor's day", () => {
    const text = "Putin Visits Syria Today";
    assert.deepEqual(
      findTimes(text, { anchor: "2017-12-12" }).map((t) => t.value),
      ["2017-12-12"],
    );
  });

  test("a sentence-initial Today is still the anchor's day", () => {
    const text = "This is VOA Today. Today, prices fell.";
    const found = findTimes(text, { anchor: "1998-03-31" });
    assert.deepEqual(
      found.map((t) => [t.start, t.value]),
      [[text.lastIndexOf("Today"), "1998-03-31"]],
    );
  });
});

/** [text, an expression in it, the sentence sentenceAround must give]: tense cues must not leak across sentences. */
const SENTENCES: readonly (readonly [text: string, expression: string, sentence: string])[] = [
  ["Aid will soon reach Iraq. The envoys met on Friday.", "Friday", "The envoys met on Friday."],
  ["The vote is set for June. Turnout was low on Friday.", "Friday", "Turnout was low on Friday."],
  ["Gen. Powell spoke on Friday.", "Friday", "Gen. Powell spoke on Friday."],
  ["Talks begin Dec. 6 in St. Louis, Mo. Tuesday.", "Tuesday", "Talks begin Dec. 6 in St. Louis, Mo. Tuesday."],
  ["Troops left the U.S. Army base on Friday.", "Friday", "Troops left the U.S. Army base on Friday."],
];

describe("sentenceAround ends a sentence at a full stop, not at an abbreviation", () => {
  for (const [text, expression, sentence] of SENTENCES) {
    test(`${expression} in "${text}"`, () => {
      const start = text.indexOf(expression);
      const found = sentenceAround(text, start, start + expression.length);
      assert.equal(text.slice(found.start, found.end + 1), sentence);
    });
  }
});
