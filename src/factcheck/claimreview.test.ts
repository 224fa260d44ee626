import assert from "node:assert/strict";
import { test } from "node:test";
import { parseClaimReview, toClaimReviewJsonLd } from "./claimreview.js";
import type { FactCheck } from "./types.js";

const REVIEW = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://factcheck.example/bridges",
  claimReviewed: "All bridges in the region were destroyed.",
  datePublished: "2024-03-02",
  name: "No, not all bridges were destroyed",
  author: { "@type": "Organization", name: "Example Checks" },
  reviewRating: { "@type": "Rating", ratingValue: 1, alternateName: "False" },
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "A. Spokesman" }, datePublished: "2024-02-28" },
};

const EXPECTED: FactCheck = {
  url: "https://factcheck.example/bridges",
  claimReviewed: "All bridges in the region were destroyed.",
  rating: "False",
  publisher: "Example Checks",
  date: "2024-03-02",
  title: "No, not all bridges were destroyed",
  claimant: "A. Spokesman",
  claimDate: "2024-02-28",
};

test("parseClaimReview reads single nodes, arrays, @graph and feeds", () => {
  const rows: [string, unknown, number][] = [
    ["single", REVIEW, 1],
    ["array", [REVIEW, { "@type": "WebPage", url: "x" }], 1],
    ["graph", { "@context": "https://schema.org", "@graph": [{ "@type": "Organization" }, REVIEW] }, 1],
    ["typed as array", { ...REVIEW, "@type": ["ClaimReview", "Review"] }, 1],
    [
      "data feed",
      { "@type": "DataFeed", dataFeedElement: [{ item: [REVIEW, { ...REVIEW, url: "https://factcheck.example/2" }] }] },
      2,
    ],
    ["no url", { ...REVIEW, url: undefined }, 0],
    ["not json-ld", "hello", 0],
    ["null", null, 0],
  ];
  for (const [name, input, n] of rows) assert.equal(parseClaimReview(input).length, n, name);
  assert.deepEqual(parseClaimReview(REVIEW)[0], EXPECTED);
});

test("parseClaimReview reads the Google Fact Check Tools shape", () => {
  const feed = {
    claims: [
      {
        text: "Vaccines contain microchips.",
        claimant: "Social media users",
        claimDate: "2021-01-01T00:00:00Z",
        claimReview: [
          { url: "https://a.example/1", textualRating: "False", publisher: { name: "A Checks", site: "a.example" } },
          {
            url: "https://b.example/2",
            textualRating: "Pants on fire",
            publisher: { site: "b.example" },
            reviewDate: "2021-01-03",
          },
        ],
      },
      { text: "No reviews here." },
    ],
  };
  const got = parseClaimReview(feed);
  assert.deepEqual(
    got.map((f) => [f.url, f.rating, f.publisher, f.claimant]),
    [
      ["https://a.example/1", "False", "A Checks", "Social media users"],
      ["https://b.example/2", "Pants on fire", "b.example", "Social media users"],
    ],
  );
  assert.equal(got[1]?.date, "2021-01-03");
});

test("toClaimReviewJsonLd round-trips through parseClaimReview", () => {
  const minimal: FactCheck = { url: "https://c.example/3", claimReviewed: "Prices doubled.", rating: "Mostly false" };
  assert.deepEqual(parseClaimReview(toClaimReviewJsonLd(EXPECTED)), [EXPECTED]);
  assert.deepEqual(parseClaimReview(toClaimReviewJsonLd([EXPECTED, minimal])), [EXPECTED, minimal]);
  assert.equal(toClaimReviewJsonLd(minimal)["@type"], "ClaimReview");
});
