import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findTimes } from "./find-times.js";

/** [text, anchor, expected surface, type, value] — the expression findTimes must find in the text. */
type Row = readonly [text: string, anchor: string | undefined, surface: string, type: string, value: string];

const FINDS: readonly Row[] = [
  // Calendar dates: the year comes from the anchor when the text leaves it out.
  ["On December 6, the chief of the General Staff spoke.", "2017-12-12", "December 6", "DATE", "2017-12-06"],
  ["On December 11, President Putin flew to Syria.", "2017-12-12", "December 11", "DATE", "2017-12-11"],
  ["December 12, 2017 – FRN", "2017-12-12", "December 12, 2017", "DATE", "2017-12-12"],
  ["December 12, 2017 – FRN", undefined, "December 12, 2017", "DATE", "2017-12-12"],
  // A weekday before a day-first date is part of it, as before a month-first one.
  ["On Monday 4 November, MPs are due to elect a speaker.", "2019-10-29", "Monday 4 November", "DATE", "2019-11-04"],
  ["Talks resume on Tuesday, the 5th of May.", "2020-05-01", "Tuesday, the 5th of May", "DATE", "2020-05-05"],
  ["On December 6, the chief spoke.", undefined, "December 6", "DATE", "XXXX-12-06"],
  ["The dividend will be paid Dec. 21 to holders.", "1989-10-26", "Dec. 21", "DATE", "1989-12-21"],
  ["He was last seen Oct. 23 near the border.", "1999-05-05", "Oct. 23", "DATE", "1998-10-23"],
  ["It opened on 6 December 2017.", undefined, "6 December 2017", "DATE", "2017-12-06"],
  ["The editorial ran on Monday, Oct. 26.", "1998-10-25", "Monday, Oct. 26", "DATE", "1998-10-26"],
  ["Sales rose in March 1996 and fell later.", undefined, "March 1996", "DATE", "1996-03"],
  ["In March, the company hired a new chief.", "1989-10-27", "March", "DATE", "1989-03"],
  ["Talks are supposed to conclude by May, officials said.", "1998-03-22", "May", "DATE", "1998-05"],
  // A listener after a reporting verb dates the telling; the content of what was said may lie ahead.
  ['"Good things take time," the mayor told the council in March.', "2024-02-15", "March", "DATE", "2023-03"],
  ['Powell said a cut in March was "not the base case."', "2024-01-31", "March", "DATE", "2024-03"],
  ["Prices peaked in 2017 before falling.", undefined, "2017", "DATE", "2017"],
  // A day named without its year and followed by "this/last/next year" is in that year.
  ["It happened on Christmas Day last year.", "2016-12-19", "Christmas Day", "DATE", "2015-12-25"],
  ["Prior to Election Day this year, few expected it.", "2016-12-19", "Election Day", "DATE", "2016-11-08"],
  ["The vote is set for March 4 next year.", "2016-12-19", "March 4", "DATE", "2017-03-04"],
  // Without a publication date, "year-end" takes the year named before it (this once threw).
  ["Sales in 2015 had risen 5% at year-end, the firm said.", undefined, "year-end", "DATE", "2015-12-31"],
  ["The law was passed in early 1990.", undefined, "early 1990", "DATE", "1990"],
  ["Growth was strong in the 1990s.", undefined, "the 1990s", "DATE", "199"],
  ["Music of the '80s is back.", undefined, "the '80s", "DATE", "198"],
  ["It was built in the 20th century.", undefined, "the 20th century", "DATE", "19"],
  ["The event is set for 2017-12-12.", undefined, "2017-12-12", "DATE", "2017-12-12"],
  ["He was born in nineteen ninety-six.", undefined, "nineteen ninety-six", "DATE", "1996"],
  // Relative days and weekdays.
  ["The minister said yesterday that talks would resume.", "2017-12-12", "yesterday", "DATE", "2017-12-11"],
  ["The vote is tomorrow.", "2017-12-12", "tomorrow", "DATE", "2017-12-13"],
  ["Shares fell today in Tokyo.", "2017-12-12", "today", "DATE", "2017-12-12"],
  ["The deal was signed last Tuesday in Geneva.", "2017-12-12", "last Tuesday", "DATE", "2017-12-05"],
  ["Shares fell sharply Friday in New York.", "1998-08-08", "Friday", "DATE", "1998-08-07"],
  ["The board will meet Thursday to decide.", "1990-08-15", "Thursday", "DATE", "1990-08-16"],
  // The tense inside a quotation is the speaker's: the reporting clause dates the weekday outside it.
  ['The coach said "we will win the cup" on Monday.', "2020-01-01", "Monday", "DATE", "2019-12-30"],
  ["The coach said “we will win the cup” Monday.", "2020-01-01", "Monday", "DATE", "2019-12-30"],
  ['The coach said "we will play them on Monday" after the draw.', "2020-01-01", "Monday", "DATE", "2020-01-06"],
  ["The bomb exploded Friday morning.", "1998-08-08", "Friday morning", "TIME", "1998-08-07TMO"],
  ["Troops arrived last night.", "2017-12-12", "last night", "TIME", "2017-12-11TNI"],
  // An indefinite weekday is no particular day; "a" before a noun the weekday modifies is the noun's.
  ["On a Wednesday in August, throngs flocked to the hall.", "2019-12-27", "Wednesday", "DATE", "XXXX-WXX-3"],
  ["About 500 people attended a Sunday night memorial service.", "1999-10-24", "Sunday night", "TIME", "1999-10-24TNI"],
  // A month with "that year" or "the following year" counts from the year the text last named.
  [
    "It began in the summer of 2009. In August that year, crowds came.",
    "2019-12-27",
    "August that year",
    "DATE",
    "2009-08",
  ],
  ["He lost in 2008. In March the following year he won.", "2019-12-27", "March the following year", "DATE", "2009-03"],
  // "overnight" is the night just gone, dated by the day it starts.
  ["Gusts of 90mph were recorded on the coast overnight.", "2025-01-12", "overnight", "TIME", "2025-01-11TNI"],
  ["London shares were hit by overnight losses in New York.", "1989-10-30", "overnight", "TIME", "1989-10-29TNI"],
  ["Overnight, Israeli aircraft pounded Gaza.", "2012-11-21", "Overnight", "TIME", "2012-11-20TNI"],
  // An elided unit after "last": the one before the unit just named.
  ["It would mean twice as high a dividend this year as last.", "1989-10-27", "last", "DATE", "1988"],
  ["Sales rose faster this month than last, the firm said.", "2017-12-12", "last", "DATE", "2017-11"],
  ["Traffic this week and last was light.", "2017-12-12", "last", "DATE", "2017-W49"],
  ["Profit this year and last year rose.", "2017-12-12", "last year", "DATE", "2016"],
  // Counting back or forward in calendar units.
  ["The plan was announced two weeks ago.", "2017-12-12", "two weeks ago", "DATE", "2017-W48"],
  ["He left 11 days ago.", "1999-04-19", "11 days ago", "DATE", "1999-04-08"],
  ["NATO was created 50 years ago.", "1999-02-16", "50 years ago", "DATE", "1949"],
  // "later" counts from the story's event, however long: a duration, not the anchor plus the amount.
  ["The charge didn't take. Five years later, a monk arrived.", "2019-09-23", "Five years", "DURATION", "P5Y"],
  ["He lost in 2008. Two years later in 2010 he won.", "2013-02-11", "Two years", "DURATION", "P2Y"],
  [
    "If it turns out six months from now that they are not serious, we act.",
    "2013-11-18",
    "six months from now",
    "DATE",
    "2014-05",
  ],
  ["Profits rose last year.", "2017-12-12", "last year", "DATE", "2016"],
  ["The index fell last week.", "2017-12-12", "last week", "DATE", "2017-W49"],
  ["We meet again next month.", "2017-12-12", "next month", "DATE", "2018-01"],
  ["Sales doubled this year.", "2017-12-12", "this year", "DATE", "2017"],
  ["The trip is planned for this summer.", "2017-05-12", "this summer", "DATE", "2017-SU"],
  ["The strike began last fall.", "1999-04-10", "last fall", "DATE", "1998-FA"],
  // Quarters, halves and fiscal years.
  ["Revenue in Q3 beat forecasts.", "2017-12-12", "Q3", "DATE", "2017-Q3"],
  ["The company reported third-quarter net income of $5 million.", "1989-10-26", "third-quarter", "DATE", "1989-Q3"],
  ["Losses widened in the fourth quarter.", "1998-01-26", "the fourth quarter", "DATE", "1997-Q4"],
  ["The fourth quarter of 1990 was weak.", undefined, "The fourth quarter of 1990", "DATE", "1990-Q4"],
  ["Net rose 5% in fiscal 1989.", undefined, "fiscal 1989", "DATE", "1989"],
  // Two ordinals sharing "quarters": each is its own quarter, particular with a year or in the past, else recurring.
  ["Margins narrowed in the third and fourth quarters of 1996.", undefined, "third", "DATE", "1996-Q3"],
  [
    "Margins narrowed in the third and fourth quarters of 1996.",
    undefined,
    "fourth quarters of 1996",
    "DATE",
    "1996-Q4",
  ],
  ["Exports slumped in the first and second quarters.", "2003-08-14", "first", "DATE", "2003-Q1"],
  ["Ski resorts typically earn most in the first and fourth quarters.", undefined, "first", "SET", "XXXX-Q1"],
  ["Ski resorts typically earn most in the first and fourth quarters.", undefined, "fourth quarters", "SET", "XXXX-Q4"],
  ["Profit fell in the first half of 1990.", undefined, "the first half of 1990", "DATE", "1990-H1"],
  [
    "Chandler reported third-quarter net income of $2.8 million. A year earlier, it earned $1.4 million.",
    "1989-10-26",
    "A year earlier",
    "DATE",
    "1988-Q3",
  ],
  // Weeks.
  ["Prices rose this week.", "2013-03-14", "this week", "DATE", "2013-W11"],
  ["The index rose 2% for the week.", "2013-03-14", "the week", "DATE", "2013-W11"],
  // Times of day.
  ["The blast came at 3 p.m. local time.", "2017-12-12", "3 p.m.", "TIME", "2017-12-12T15:00"],
  ["Iraq must withdraw by noon Saturday.", "1991-02-21", "noon Saturday", "TIME", "1991-02-23T12:00"],
  ["Polls close at 10:35 a.m.", undefined, "10:35 a.m.", "TIME", "XXXX-XX-XXT10:35"],
  // Durations.
  ["The talks lasted two weeks.", undefined, "two weeks", "DURATION", "P2W"],
  ["He served three years in prison.", undefined, "three years", "DURATION", "P3Y"],
  ["The rebels were given 48 hours to leave.", undefined, "48 hours", "DURATION", "PT48H"],
  ["Profit rose in the first nine months.", undefined, "the first nine months", "DURATION", "P9M"],
  ["It has a two-year term.", undefined, "two-year", "DURATION", "P2Y"],
  ["The trial took 2 1/2 years.", undefined, "2 1/2 years", "DURATION", "P2Y6M"],
  ["They waited for several years.", undefined, "several years", "DURATION", "PXY"],
  // "that" before a plural count opens a clause; it is no determiner of the duration.
  ["Lawyers argued that five days was too short.", undefined, "five days", "DURATION", "P5D"],
  ["It took a minute and a half.", undefined, "a minute and a half", "DURATION", "PT1M30S"],
  ["They left their third day-long meeting.", undefined, "day-long", "DURATION", "P1D"],
  ["The government's decades-long battle goes on.", undefined, "decades-long", "DURATION", "PXDE"],
  ["It's been a decades long battle.", undefined, "decades long", "DURATION", "PXDE"],
  ["Wait a second, please.", undefined, "a second", "DURATION", "PT1S"],
  ["Coming less than 12 hours after the speech, it stung.", undefined, "less than 12 hours", "DURATION", "PT12H"],
  ["It ended half a century of one-party rule.", undefined, "half a century", "DURATION", "P50Y"],
  [
    "Few imagined that half a century later a president would speak.",
    "2013-08-28",
    "half a century",
    "DURATION",
    "P50Y",
  ],
  ["NATO was founded half a century ago.", "1999-03-12", "half a century ago", "DATE", "1949"],
  ["Over the coming two weeks, talks go on.", undefined, "the coming two weeks", "DURATION", "P2W"],
  // The opening stretch of something, and "a while": durations of unsaid length.
  ["Prisoners were taken in the first hours of the war.", undefined, "the first hours", "DURATION", "PTXH"],
  ["You don't save as many lives in the early years.", undefined, "the early years", "DURATION", "PXY"],
  ["They will have to live without it for a while.", undefined, "a while", "DURATION", "PXX"],
  // The second day of a range written with one month.
  ["The summit is on April 24 and 25.", "1999-02-10", "25", "DATE", "1999-04-25"],
  ["Talks run Dec. 6 to 8 in Geneva.", "2017-12-01", "8", "DATE", "2017-12-08"],
  // Sets.
  ["The committee meets every week.", undefined, "every week", "SET", "P1W"],
  ["The report is published annually.", undefined, "annually", "SET", "P1Y"],
  ["He attends daily Mass at St. Mary's.", undefined, "daily", "SET", "P1D"],
  ["Reporters crowd the daily White House briefing.", undefined, "daily", "SET", "P1D"],
  ["He goes to Church weekly.", undefined, "weekly", "SET", "P1W"],
  ["Flights leave each Thursday.", undefined, "each Thursday", "SET", "XXXX-WXX-4"],
  ["Dividends of $1.76 a year are paid.", undefined, "a year", "SET", "P1Y"],
  // References without a calendar value.
  ["Prices are now falling.", "2017-12-12", "now", "DATE", "PRESENT_REF"],
  ["He is currently in Moscow.", "2017-12-12", "currently", "DATE", "PRESENT_REF"],
  // "then current" is current at a time gone by.
  ["Holders could buy shares at half the then current market price.", "1989-10-26", "then current", "DATE", "PAST_REF"],
  ["He met the then-current chairman.", "2017-12-12", "then-current", "DATE", "PAST_REF"],
  ["Tensions have risen recently.", "2017-12-12", "recently", "DATE", "PAST_REF"],
  ["Mistakes were made in the past.", "2017-12-12", "the past", "DATE", "PAST_REF"],
  ["We hope to meet in the future.", "2017-12-12", "the future", "DATE", "FUTURE_REF"],
  ["The ministry will soon publish the figures.", "2017-12-12", "soon", "DATE", "FUTURE_REF"],
  ["Repairs should be finished as soon as possible.", "2017-12-12", "as soon as possible", "DATE", "FUTURE_REF"],
  [
    "Nobody should leave the country at this difficult moment.",
    "2017-12-12",
    "this difficult moment",
    "DATE",
    "PRESENT_REF",
  ],
  // Named days.
  ["The deal closed on Thanksgiving Day.", "1999-12-01", "Thanksgiving Day", "DATE", "1999-11-25"],
  // "September 11" naming the 2001 attacks; the same words as a day of the year are this year's.
  ["Families of Sept. 11 victims welcomed the vote.", "2016-09-30", "Sept. 11", "DATE", "2001-09-11"],
  ["The September 11th attacks killed nearly 3,000 people.", "2016-09-30", "September 11th", "DATE", "2001-09-11"],
  ["Spending has doubled since 9/11.", "2016-09-30", "9/11", "DATE", "2001-09-11"],
  ["It reshaped post-9/11 security.", "2016-09-30", "9/11", "DATE", "2001-09-11"],
  ["The hearing is set for Sept. 11 in Denver.", "2016-09-01", "Sept. 11", "DATE", "2016-09-11"],
  ["A vigil marked the Sept. 11 anniversary.", "2016-09-12", "Sept. 11", "DATE", "2016-09-11"],
  // A holiday's week is the ISO week holding the day (Easter 2000 was April 23).
  ["Crowds gathered during Easter week.", "2000-04-17", "Easter week", "DATE", "2000-W16"],
  ["Sales rose in Christmas week 1998.", undefined, "Christmas week 1998", "DATE", "1998-W52"],
  ["Shortly before Easter in 1998, a boy was found.", "2019-09-23", "Easter in 1998", "DATE", "1998-04-12"],
  // The end of the year: "year end" and "year's end" are the year with mod END; "year-end" is the closing date.
  ["Cuts will be made by year end.", "1989-10-26", "year end", "DATE", "1989"],
  ["Rules should be in place by year's end.", "1989-10-26", "year's end", "DATE", "1989"],
  ["The deal should close by year-end.", "1989-11-02", "year-end", "DATE", "1989-12-31"],
  // "last <month>" for the month just gone is "last month"; named, it is the year before's.
  ["Two helicopters crashed last February.", "1998-03-01", "last February", "DATE", "1997-02"],
  // An election or vote in a bare month within half a year is the coming one when no tense says otherwise.
  ["He seems to think it's bad for his election chances in November.", "2020-07-07", "November", "DATE", "2020-11"],
  [
    "In the 33 Senate seats up for election in November, Democrats must defend 21.",
    "2012-08-27",
    "November",
    "DATE",
    "2012-11",
  ],
  ["The blue wave election delivered the House in November.", "2019-01-23", "November", "DATE", "2018-11"],
  ["Prices rose sharply in November.", "2020-07-07", "November", "DATE", "2019-11"],
  // "before" a month is a deadline like "by", unless a past verb stands near.
  ["The state has one more chapter before November, whatever happens.", "2012-06-04", "November", "DATE", "2012-11"],
  ["Talks collapsed before November.", "2012-12-04", "November", "DATE", "2012-11"],
  ["Two helicopters crashed last February.", "1998-06-15", "last February", "DATE", "1998-02"],
  // Half years written as quarters.
  [
    "Weakness will last through the first two quarters of 1990.",
    undefined,
    "the first two quarters of 1990",
    "DATE",
    "1990-H1",
  ],
  ["Gains came in the last two quarters of 1989.", undefined, "the last two quarters of 1989", "DATE", "1989-H2"],
  // "one day" as "someday".
  ["Islam will one day be the second largest religion.", "1998-03-03", "one day", "DATE", "FUTURE_REF"],
  ["He had been in the job one day.", "1989-10-27", "one day", "DURATION", "P1D"],
  // A plural part of the day after two weekdays is shared: both are SETs.
  ["Flights leave on Monday and Tuesday nights.", "1998-02-13", "Monday", "SET", "XXXX-WXX-1TNI"],
  ["Flights leave on Monday and Tuesday nights.", "1998-02-13", "Tuesday nights", "SET", "XXXX-WXX-2TNI"],
  // …but in the past tense the first weekday is a particular day.
  ["Clashes broke out on Wednesday and Thursday nights.", "1998-02-13", "Wednesday", "DATE", "1998-02-11"],
  // After an acronym a time word in lower case, or in a line all in capitals, is still a time.
  ["The ECB today cut its main rate.", "2017-08-30", "today", "DATE", "2017-08-30"],
  ["NATO TODAY MEETS IN BRUSSELS", "2017-08-30", "TODAY", "DATE", "2017-08-30"],
  [
    "INS extended its deadline until 9 a.m. EST Tuesday.",
    "2000-04-03",
    "9 a.m. EST Tuesday",
    "TIME",
    "2000-04-04T09:00",
  ],
];

/** [text, anchor, a surface that must not be marked as a time expression] */
type Negative = readonly [text: string, anchor: string | undefined, surface: string];

const NOT_TIMES: readonly Negative[] = [
  ["WATCH: Happy New Year – Putin sends Russian forces home from Syria", "2017-12-12", "New Year"],
  ["Merry Christmas from all of us.", "2017-12-12", "Christmas"],
  ["These are stupid fights over the White House Christmas card list.", "2015-10-19", "Christmas"],
  ["Bernie Sanders and the socialist Christmas spirit.", "2019-12-24", "Christmas"],
  ["A total of more than 1,000 settlements have been liberated.", "2017-12-12", "1,000"],
  ["More than 2,000 troops were sent.", "2017-12-12", "2,000"],
  ["About 2000 people marched in the capital.", "2017-12-12", "2000"],
  ["The plant will produce 1500 cars a day.", "2017-12-12", "1500"],
  ["Prices may rise again soon, he said.", "2017-12-12", "may"],
  ["May I ask a question?", "2017-12-12", "May"],
  ["Protesters march in the capital.", "2017-12-12", "march"],
  ["March on, the general told his men.", "2017-12-12", "March"],
  ["April Glaspie met Saddam Hussein.", "1990-08-15", "April"],
  ["Pence spoke at the March for Life rally.", "2017-01-23", "March"],
  ["He joined the March on Washington in 1963.", "2013-08-28", "March"],
  ["He won a third of the vote, and three quarters of the members agreed.", undefined, "three quarters"],
  ["Her 6-year-old son was rescued.", undefined, "6-year-old"],
  // "second" as an ordinal, whatever the case of the word after it.
  ["He might mount a second White House bid.", "2015-03-04", "a second"],
  // A capitalised unit opening a quotation is a title.
  ["McCain countered remarks made on CBS' “60 Minutes,” saying more.", "2014-09-29", "60 Minutes"],
  // "daily" and "weekly" as nouns: newspapers.
  ["A letter ran on the front page of the Communist Party daily Granma.", "2000-02-16", "daily"],
  ["The French daily Le Monde reported it.", "2000-02-16", "daily"],
  ["It was an attack on the Charlie Hebdo weekly, whose cartoons angered many.", "2015-01-07", "weekly"],
  ["She won a second term in 2012.", "2015-03-04", "a second"],
  ["If they block the bill a second or a third time, then.", undefined, "a second"],
  // "last" naming an order is not an elided unit.
  ["He spoke this year as last of the speakers.", "2017-12-12", "last of"],
  // "overnight" as a kind ("overnight stays"), as "suddenly", or in a newsletter's name dates no night.
  ["Overnight stays in the area are up five-fold.", "2019-09-08", "Overnight"],
  ["He came in after working the overnight shift.", "2013-12-19", "overnight"],
  ["This risk won't evaporate overnight, whoever wins.", "2016-09-18", "overnight"],
  ["It didn't overnight vault the region to the top.", "2015-07-03", "overnight"],
  ["Such change does not happen overnight.", "2015-07-03", "overnight"],
  ["Trump sets brawl on war powers Overnight Defense: crisis eases", "2019-04-22", "Overnight"],
  ["This year and last, as always, he came last in the race.", "2017-12-12", "last in"],
  // "the early hours of Thursday" is a time of day, not a stretch of hours.
  ["He was arrested in the early hours of Thursday morning.", "1999-10-08", "early hours"],
  ["Wait a while longer? A while back it rained.", undefined, "A while"],
  ["He called it a Black Monday for markets.", "1987-10-20", "Monday"],
  ["Visit https://example.com/2017/12/06/story.html for more.", "2017-12-12", "2017"],
  ["He was hurt on May 3 and 40 others died.", "2017-12-12", "40"],
  ["The rally on Dec. 6, 1999 and 7 others were held.", "2017-12-12", "7"],
  // A number that ends a name is part of the name.
  ["He founded a software firm called Vega 1990 in Budapest.", "1998-04-18", "1990"],
  // "soon" as a conjunction, before "after", or in a past narrative is no future reference.
  ["Call us as soon as you land.", "2017-12-12", "soon"],
  ["Shares fell soon after the report.", "2017-12-12", "soon"],
  ["He was soon released on bail.", "2017-12-12", "soon"],
  // An ordinal day said of the past points at a day the text does not give.
  ["It was the third day of rain.", "2017-12-12", "third day"],
  // A capitalised time word after an acronym is part of a name: outlets and shows.
  ["Jane Doe, USA TODAY", "2017-08-30", "TODAY"],
  ["He told USA Today that the talks failed.", "2017-08-30", "Today"],
];

function describeFound(text: string, anchor: string | undefined): string {
  return findTimes(text, { anchor })
    .map((t) => `${JSON.stringify(text.slice(t.start, t.end))} ${t.type} ${t.value}`)
    .join("; ");
}

describe("findTimes finds and normalises", () => {
  for (const [text, anchor, surface, type, value] of FINDS) {
    test(`${surface} (${anchor ?? "no anchor"}) → ${type} ${value}`, () => {
      const found = findTimes(text, { anchor });
      const hit = found.find((t) => text.slice(t.start, t.end) === surface);
      assert.ok(hit, `"${surface}" not found in: ${describeFound(text, anchor)}`);
      assert.equal(hit.type, type);
      assert.equal(hit.value, value);
    });
  }
});

describe("findTimes leaves alone", () => {
  for (const [text, anchor, surface] of NOT_TIMES) {
    test(`"${surface}" in "${text}"`, () => {
      const start = text.indexOf(surface);
      assert.ok(start >= 0, "test row is broken: surface not in text");
      const end = start + surface.length;
      const overlapping = findTimes(text, { anchor }).filter((t) => t.start < end && start < t.end);
      assert.deepEqual(
        overlapping.map((t) => text.slice(t.start, t.end)),
        [],
        `unexpected: ${describeFound(text, anchor)}`,
      );
    });
  }
});

describe("findTimes", () => {
  test("marks values that used the anchor as inferred and stated ones as stated", () => {
    const text = "On December 6 and on December 12, 2017.";
    const [a, b] = findTimes(text, { anchor: "2017-12-12" });
    assert.equal(a?.certainty, "inferred");
    assert.equal(b?.certainty, "stated");
  });

  test("keeps to the spans it is given", () => {
    const text = "Published December 12, 2017. On December 6, troops left.";
    const bodyStart = text.indexOf("On December 6");
    const found = findTimes(text, { anchor: "2017-12-12", spans: [{ start: bodyStart, end: text.length }] });
    assert.deepEqual(
      found.map((t) => t.value),
      ["2017-12-06"],
    );
  });

  test("finds the seed article's dates and not its greeting", () => {
    const text =
      "WATCH: Happy New Year – Putin sends Russian forces home from Syria\n\n\nDecember 12, 2017 – FRN – \n\n" +
      "On December 6, the Chief of the General Staff made an announcement. A total of more than 1,000 settlements have been liberated.\n\n" +
      "On December 11, President Putin flew from Moscow to Syria.";
    const found = findTimes(text, { anchor: "2017-12-12" }).map((t) => [text.slice(t.start, t.end), t.value]);
    assert.deepEqual(found, [
      ["December 12, 2017", "2017-12-12"],
      ["December 6", "2017-12-06"],
      ["December 11", "2017-12-11"],
    ]);
  });

  test("spans are in order and do not overlap", () => {
    const text = "Last week, on Friday morning at 10 a.m., and two weeks ago, the 1990s, the third quarter of 1990.";
    const found = findTimes(text, { anchor: "2017-12-12" });
    for (let i = 1; i < found.length; i++) assert.ok(found[i - 1]!.end <= found[i]!.start);
  });

  test("reads an anchor with a time and an offset as its written date", () => {
    const [t] = findTimes("It happened yesterday.", { anchor: "2017-12-12T01:30:00+03:00" });
    assert.equal(t?.value, "2017-12-11");
  });
});
