import assert from "node:assert/strict";
import { test } from "node:test";
import {
  capNames,
  type DfStats,
  rawFeatures,
  TIME_PREFIX,
  type TimeValue,
  timeAnchors,
  vectorize,
} from "./features.js";

test("timeAnchors: the weekday and month of each stated day, the month of each stated month", () => {
  const rows: Array<[string, TimeValue, string[]]> = [
    // [case, time expression, anchors]
    ["resolved date: month and its weekday", { type: "DATE", value: "2013-09-09" }, ["@m09", "@mon"]],
    ["date without a year: month only", { type: "DATE", value: "XXXX-12-14" }, ["@m12"]],
    ["weekday without an anchor", { type: "DATE", value: "XXXX-WXX-4" }, ["@thu"]],
    ["Sunday is day 7", { type: "DATE", value: "XXXX-WXX-7" }, ["@sun"]],
    ["weekday with a part of day", { type: "TIME", value: "XXXX-WXX-5TNI" }, ["@fri"]],
    ["resolved time of day", { type: "TIME", value: "2008-12-10TNI" }, ["@m12", "@wed"]],
    ["month of a year", { type: "DATE", value: "2013-09" }, ["@m09"]],
    ["month without a year", { type: "DATE", value: "XXXX-12" }, ["@m12"]],
    ["recurring weekday anchors nothing", { type: "SET", value: "XXXX-WXX-4" }, []],
    ["duration anchors nothing", { type: "DURATION", value: "P8Y" }, []],
    ["today without an anchor", { type: "DATE", value: "XXXX-XX-XX" }, []],
    ["a year alone (a figure already)", { type: "DATE", value: "2013" }, []],
    ["a season", { type: "DATE", value: "2013-SU" }, []],
    ["a week", { type: "DATE", value: "2013-W11" }, []],
    ["a clock time without a day", { type: "TIME", value: "XXXX-XX-XXT10:35" }, []],
    ["no month 13", { type: "DATE", value: "2013-13" }, []],
  ];
  for (const [name, time, anchors] of rows) assert.deepEqual(timeAnchors([time]), anchors, name);
});

const STATS: DfStats = { total: 100, df: new Map() };

test("vectorize: time anchors leave the names and figures part as it was, and none is cut by the names cap", () => {
  const names = Array.from({ length: 60 }, (_, i) => `person ${i}`);
  const anchors = ["@mon", "@m09", "@m09"];
  const text = "The 2013 report.";
  const without = vectorize(rawFeatures(text, "", names), STATS).names;
  const withAnchors = vectorize(rawFeatures(text, "", names, undefined, anchors), STATS).names;
  const rest = Object.fromEntries(Object.entries(withAnchors).filter(([k]) => !k.startsWith(TIME_PREFIX)));
  assert.deepEqual(rest, without);
  assert.deepEqual(
    Object.keys(withAnchors)
      .filter((k) => k.startsWith(TIME_PREFIX))
      .sort(),
    ["@m09", "@mon"],
  );
});

test("capNames: keeps the k largest names and figures and every time anchor", () => {
  const v = { a: 5, b: 4, "#7": 3, c: 2, "@mon": 0.1, "@m12": 0.2 };
  assert.deepEqual(capNames(v, 2), { a: 5, b: 4, "@mon": 0.1, "@m12": 0.2 });
  assert.deepEqual(capNames(v, 10), v);
});
