import assert from "node:assert/strict";
import { test } from "node:test";
import { RECOGNISERS, recognise } from "../find-times.js";
import { TRIGGERS } from "./triggers.js";

/** At least one expression for every recogniser that has a trigger. */
const SAMPLES = [
  "On Monday, March 3, 2021, and on the 4th of July 2020, in June 2019 and in May last year, officials met.",
  "Last December and on Wednesdays and Fridays, or Saturday and Sunday mornings, talks resumed in early spring 2020.",
  "In the 1990s and the nineties, through the 21st century, in nineteen ninety-six, on 2020-01-05 and on 3/4/2021 too.",
  "Yesterday, tonight, this morning, that day and the next day; today is the 10th straight day of protests.",
  "It took a year and a half; a week-long strike; for a while; on Christmas Day and New Year's Eve.",
  "In the third quarter, compared with year-ago results, the 2019 period, Q3 2020, the first half of 2021.",
  "In the first two quarters of 2020, fiscal 2021 and FY2022; at 9:30 a.m. EST, at noon, at 3 o'clock.",
  "At 10 in the morning; recently, in the near future, the long term, one day, soon, every Tuesday, each week.",
  "Prices are checked daily, weekly and semi-annually.",
  "In August that year, in March the following year and in June of the same year, on Monday 4 November too.",
  "Sales beat the year-earlier quarter, the quarter a year ago and the period of last year by 3 PM.",
  "Families of Sept. 11 victims and of September 11th responders have waited since 9/11.",
];

test("every trigger matches inside every match of its recogniser", () => {
  const seen = new Set<string>();
  for (const r of RECOGNISERS) {
    const trigger = TRIGGERS.get(r.name);
    if (trigger === undefined) continue;
    const pattern = new RegExp(r.pattern.source, r.pattern.flags);
    for (const text of SAMPLES) {
      for (const m of text.matchAll(pattern)) {
        if (m[0].length === 0) continue;
        seen.add(r.name);
        assert.ok(trigger.test(m[0]), `${r.name}: trigger ${trigger} misses "${m[0]}"`);
      }
    }
  }
  const untested = [...TRIGGERS.keys()].filter((name) => !seen.has(name));
  assert.deepEqual(untested, [], "every trigger is exercised by a sample");
});

test("every trigger names a recogniser", () => {
  const names = new Set(RECOGNISERS.map((r) => r.name));
  for (const name of TRIGGERS.keys()) assert.ok(names.has(name), `no recogniser is called ${name}`);
});

test("the triggers leave the candidates as they were", () => {
  const untriggered = RECOGNISERS.map((r) => ({ ...r, name: `${r.name} (untriggered)` }));
  // Candidates may carry resolver closures, made afresh per match: compare their data.
  const data = (text: string, recognisers = RECOGNISERS): string => JSON.stringify(recognise(text, recognisers));
  for (const text of [...SAMPLES, "Nothing temporal here.", ""]) assert.equal(data(text), data(text, untriggered));
});
