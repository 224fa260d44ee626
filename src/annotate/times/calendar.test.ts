import assert from "node:assert/strict";
import { test } from "node:test";
import { addDays, addMonths, formatWeek, isoWeek, isoWeekday, parseAnchor } from "./calendar.js";
import { durationValue, parseNumber, parseYearWords } from "./lexicon.js";

test("ISO weeks follow the first-Thursday rule", () => {
  assert.deepEqual(isoWeek({ year: 2013, month: 3, day: 14 }), { year: 2013, week: 11 });
  assert.deepEqual(isoWeek({ year: 2021, month: 1, day: 1 }), { year: 2020, week: 53 });
  assert.deepEqual(isoWeek({ year: 2019, month: 12, day: 30 }), { year: 2020, week: 1 });
  assert.equal(formatWeek({ year: 2000, month: 2, day: 17 }), "2000-W07");
});

test("day and month arithmetic", () => {
  assert.deepEqual(addDays({ year: 2017, month: 1, day: 1 }, -1), { year: 2016, month: 12, day: 31 });
  assert.deepEqual(addMonths({ year: 2017, month: 1, day: 31 }, 1), { year: 2017, month: 2, day: 28 });
  assert.deepEqual(addMonths({ year: 2017, month: 1, day: 15 }, -13), { year: 2015, month: 12, day: 15 });
  assert.equal(isoWeekday({ year: 2017, month: 12, day: 12 }), 2);
});

test("anchors", () => {
  assert.deepEqual(parseAnchor("2017-12-12"), { year: 2017, month: 12, day: 12 });
  assert.deepEqual(parseAnchor("19980108"), { year: 1998, month: 1, day: 8 });
  assert.deepEqual(parseAnchor("1998-03-01T14:11:00"), { year: 1998, month: 3, day: 1, hour: 14, minute: 11 });
  assert.equal(parseAnchor("yesterday"), undefined);
  assert.equal(parseAnchor("2017-02-30"), undefined);
});

test("numbers and durations", () => {
  assert.equal(parseNumber("twenty four"), 24);
  assert.equal(parseNumber("twenty-four"), 24);
  assert.equal(parseNumber("1,000"), 1000);
  assert.equal(parseNumber("2 1/2"), 2.5);
  assert.equal(parseNumber("a hundred"), 100);
  assert.equal(parseNumber("several"), undefined);
  assert.equal(parseYearWords("nineteen ninety-six"), 1996);
  assert.equal(parseYearWords("two thousand"), 2000);
  assert.equal(durationValue(2, "week"), "P2W");
  assert.equal(durationValue(48, "hour"), "PT48H");
  assert.equal(durationValue(undefined, "year"), "PXY");
  assert.equal(durationValue(2, "decade"), "P20Y");
  assert.equal(durationValue(5.5, "hour"), "PT5H30M");
});
