import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findQuotes } from "./index.js";
import { makeDoc } from "./testing.js";

const PEOPLE = [{ name: "Jane Roe" }, { name: "Ann Holm" }];

/** The quotes of `text` as [kind, content, speaker's name or "-"]. */
function quotes(text: string): [string, string, string][] {
  const doc = makeDoc(text, PEOPLE);
  const names = new Map((doc.layers.entities ?? []).map((e) => [e.id, e.name]));
  return findQuotes(doc).map((q) => [q.kind, text.slice(q.start, q.end), names.get(q.speaker ?? "") ?? "-"]);
}

describe("embedded tweets", () => {
  const rows: [string, string, [string, string, string][]][] = [
    [
      "the tweet's words before its link and signature are the account holder's",
      "The mayor spoke on Monday.\n\nJobs are up again this month. https://t.co/x1Yz — Jane Roe (@JaneRoe) March 13, 2018",
      [["direct", "Jobs are up again this month.", "Jane Roe"]],
    ],
    [
      "a signature line with only the link takes the paragraph before",
      "The mayor spoke on Monday.\n\nThe Port Files: Chief Was Arm in Arm With Industry\n\nhttps://t.co/MCbBFVbt — Ann Holm (@AnnHolmNYT) March 13, 2018",
      [["direct", "The Port Files: Chief Was Arm in Arm With Industry", "Ann Holm"]],
    ],
    [
      "a quotation in marks inside the tweet is left to the quotation rules",
      "“The port will reopen,” Ann Holm said. https://t.co/x1Yz — Jane Roe (@JaneRoe) May 2, 2019",
      [["direct", "The port will reopen,", "Ann Holm"]],
    ],
    ["a dash and a handle without a date is no signature", "Jobs are up — Jane Roe (@JaneRoe) said so.", []],
  ];
  for (const [name, text, expected] of rows) it(name, () => assert.deepEqual(quotes(text), expected));
});
