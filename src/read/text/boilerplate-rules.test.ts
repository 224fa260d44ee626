import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { matchBoilerplate } from "./boilerplate-rules.js";
import { splitLines } from "./lines.js";

const rows: [string, string | undefined][] = [
  ["- Advertisement -", "advertisement"],
  ["ADVERTISEMENT", "advertisement"],
  ["Subscribe to our newsletter", "newsletter"],
  ["Sign up here to get the latest news, updates and special offers delivered directly to your inbox.", "newsletter"],
  ["If you like our work, please donate now.", "donation"],
  ["Share this post", "share"],
  ["Read or Share this story: http://usat.ly/2ayhSfN", "share"],
  ["CLICK HERE TO GET THE FOX NEWS APP", "other"],
  ["'Protecting our democracy': DNC chair defends suit against Trump and Russia Read more", "related"],
  ["CLOSE President Barack Obama is challenging leading Republicans. (Aug. 2) AP", "caption"],
  ["Officials met on Monday. (Aug. 2) AP", "caption"],
  ["CLOSE ties between the two parties were clear.", undefined],
  ["Facebook | Twitter | Email", "share"],
  ["Related: Severn flood warnings remain in place", "related"],
  ["Read more: How the strike began", "related"],
  ["We use cookies to improve your experience.", "cookie"],
  ["Leave a reply", "comments"],
  ["Tags: politics, Syria", "navigation"],
  ["© 2024 The Riverside Gazette", "footer"],
  ["Reporting by Maria Lopez; Editing by Alex Richardson", "footer"],
  ["The views expressed are the author's own.", "other"],
  ["FOR IMMEDIATE RELEASE", "other"],
  ["Sandbags line a street on Monday. (Photo: John Mills/Getty Images)", "caption"],
  ["Image caption: The chancellor speaking in parliament on Wednesday", "caption"],
  ["Facebook Twitter Pinterest The senator at a hearing in May. Photograph: Jane Roe/EPA", "caption"],
  ["Melanie Stetson Roe/Staff Fourth graders at a school in Lewiston play recorders in music class.", "caption"],
  ["The union and its staff met on Monday.", undefined],
  ["The photograph: it showed the mayor at the dock, and it was published on Monday.", undefined],
  ["Home | World | Europe", "navigation"],
  ["Published", "navigation"],
  ["Save", "navigation"],
  ["Updated 2 hours ago", "navigation"],
  ["Associated Press writer Tom Brown in San Francisco contributed to this report.", "footer"],
  ["___", "other"],
  ["Follow @priyaraman on X", "share"],
  ["(Reporting by David Shepardson in Washington; Editing by Chris Reese)", "footer"],
  ["Our Standards: The Thomson Reuters Trust Principles.", "footer"],
  [
    "Jane Roe is a law professor at Riverside University. Follow her on Twitter @janeroe. The opinions expressed in this commentary are her own.",
    "author-bio",
  ],
  [
    "JUST WATCHED Mayor questions council over budget Replay More Videos ... MUST WATCH Mayor questions council over budget 01:33",
    "related",
  ],
  ["MUST WATCH Governor: 'We will rebuild' 02:10", "related"],
  [
    `Photos: The harbour festival Crowds gather on the pier on Sunday. Hide Caption 1 of 24 ${"Boats sail past the lighthouse at dusk. ".repeat(40)}`,
    "caption",
  ],
  ["Photos: Floods sweep through the valley", "caption"],
  [
    `Morning Brief newsletter Sign up today to receive ${"the day's stories and the week's analysis, ".repeat(5)}Email Sign Up By signing up you agree to receive email newsletters or alerts. You can unsubscribe at any time. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.`,
    "newsletter",
  ],
  ["Enlarge this image toggle caption Jane Roe/AP Jane Roe/AP", "caption"],
  ["Image copyright Reuters Image caption Customers queued outside the shop at midnight", "caption"],
  ["CLOSE", "caption"],
  ["Media playback is unsupported on your device Media caption The restaurant was set on fire", "caption"],
  ["Story Continued Below", "advertisement"],
  ["Advertisement Continue reading the main story", "advertisement"],
  ["Slideshow (12 Images)", "caption"],
  ["[pullquote]", "navigation"],
  ["5 years ago", "navigation"],
  ["LISTEN TO ARTICLE 4:12 SHARE THIS ARTICLE Share Tweet Post Email", "share"],
  ["Do You Approve Or Disapprove of the Mayor's Job Performance? Vote Now in Urgent Poll", "advertisement"],
  ["This article is more than 2 years old", "other"],
  ["This is a rush transcript. Copy may not be in its final form.", "other"],
  [
    "The opinions expressed by columnists are their own and do not represent the views of the Riverside Gazette.",
    "other",
  ],
  [
    "Content created by The Riverside News Foundation is available without charge to any eligible news publisher that can provide a large audience.",
    "other",
  ],
  ["Support the Gazette's explanatory journalism", "donation"],
  ["If you enjoyed this article, we have a proposition for you: join our members.", "donation"],
  ["CLICK HERE FOR THE FOX NEWS APP", "other"],
  ["Updated at 3:15 p.m. ET", "navigation"],
  ["- Follow the Ticker on Twitter: @RiversideTicker", "share"],
  ["( PHOTOS: Candidates for governor)", "caption"],
  ["Also see:", "related"],
  ["* * *", "other"],
  [
    "Read or Share this story: https://www.riverside.example/story/news/politics/2019/01/17/council-vote/2601299002/",
    "share",
  ],
  ["• This article is based in part on wire service reports.", "footer"],
  [
    `Every day we aim to answer your most important questions. ${"Our reporting reaches millions of readers across the country each month. ".repeat(4)}Please consider making a contribution today.`,
    "donation",
  ],
  [
    "Jane Roe is digital politics editor for the Riverside Gazette, and her POWER PLAY column appears Monday-Friday.",
    "author-bio",
  ],
  [
    "You can read diverse opinions from our Board of Contributors and other writers on the Opinion front page.",
    "other",
  ],
  ["Send letters to: letters@riverside.example.", "other"],
  ["--This report was updated at 9:14 a.m.", "other"],
  ["The Memo is a reported column by Jane Roe, primarily focused on the mayor's office.", "other"],
  [
    `Sign up for the Future Politics newsletter. ${"Twice a week you will get a roundup of ideas and solutions. ".repeat(5)}`,
    "newsletter",
  ],
  ["Share this: Pocket", "share"],
  // Article text that mentions the same words is not furniture.
  ["The mayor said the new column appears to lean, engineers warned on Monday.", undefined],
  ["Five years ago the council voted to close the plant, and the story continued below the surface.", undefined],
  ["The Uber app crashed for hours on Monday.", undefined],
  ["More: the council will vote again in June, officials said on Monday.", undefined],
  ["Close to 40 people were hurt when the image of the saint fell.", undefined],
  ["She said she just watched the replay of the debate and saw more videos of the crowd.", undefined],
  ["Jane Roe is a law professor who said the opinions of the court were clear.", undefined],
  ["The union urged members to subscribe to a new pension plan that pays out at 60.", undefined],
  ["Officials said they would share the findings with the committee next week.", undefined],
  ["In Syria, all the formations are destroyed, the territory is freed.", undefined],
];

describe("matchBoilerplate", () => {
  for (const [text, kind] of rows) {
    it(text, () => {
      const line = splitLines(text)[0];
      assert.ok(line);
      assert.equal(matchBoilerplate(line)?.kind, kind);
    });
  }
});
