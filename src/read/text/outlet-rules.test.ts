/** The outlet a page names itself in its furniture: each rule, then the weighing of names. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { splitLines } from "./lines.js";
import { brandOfOwner, findSelfReferences, outletBySelfReference } from "./outlet-rules.js";

const refs = (line: string): string[] => findSelfReferences(splitLines(line)).map((r) => `${r.rule}: ${r.name}`);

const RULES: readonly (readonly [string, readonly string[]])[] = [
  ["Copyright © 2021 The Lakeside Courier. All rights reserved.", ["copyright: The Lakeside Courier"]],
  ["© Copyright 2022, Harbour Weekly", ["copyright: Harbour Weekly"]],
  ["© 2015 - 2023 Valley Voice Alle Rechte vorbehalten", ["copyright: Valley Voice"]],
  // A company's legal form: the owner or the outlet, one hint and no more.
  ["© 2020 Pressehaus Nord GmbH", ["copyright-company: Pressehaus Nord"]],
  ["© 2019 Harbour Media, LLC. All rights reserved.", ["copyright-company: Harbour Media"]],
  ["© 2019 The Harbour Printers (Saltby) Private Ltd.", ["copyright-company: The Harbour Printers"]],
  ["Copyright © 2000- Harbourwatch.com, LLC.", ["copyright-company: Harbourwatch"]],
  ["© 2018 - 2022 Harbourwatch.com", ["copyright: Harbourwatch"]],
  // The holder before the years; a site whose page never writes its name without the domain keeps it.
  ["© Harbourwatch.org 2003 - 2019 powered by Harbour Network", ["copyright-name-first: Harbourwatch"]],
  ["© Harbour Post 2002-2020", ["copyright-name-first: Harbour Post"]],
  // A second mark before the years is no holder: the holder follows "by".
  ["© Copyright 2017 by Harbour Features Syndicate Inc.", []],
  ["© Jane Roe / Harbour Photos", []],
  ["Sign up for free newsletters and get more Harbour Post delivered to your inbox", ["delivered: Harbour Post"]],
  ["Subscribe to Harbour Post PRO", ["subscribe-to: Harbour Post"]],
  ["More From Harbour Post", ["more-from: Harbour Post"]],
  ["About Harbour Post", ["about: Harbour Post"]],
  ["About The Author", []],
  ["Advertise on Harbour Post", ["advertise-on: Harbour Post"]],
  ["Advertise With Us", []],
  ["© RIVERAGENCY / Jo Photographer", []], // no year: a photo's credit
  // No year, but the rights reserved: the page's notice; a legal form after the name is left out.
  ["© Harbour Post. All rights reserved.", ["copyright-reserved: Harbour Post"]],
  ["© HarbourAlert Pty Ltd. All rights reserved.", ["copyright-reserved: HarbourAlert"]],
  ["(c) Valley Voice, All Rights Reserved", ["copyright-reserved: Valley Voice"]],
  ["© Jo Photographer", []],
  ["© 2019 all rights reserved", []],
  ["Click here to subscribe to The Morning Ledger Newsletter", ["subscribe-to: The Morning Ledger"]], // one hint a line
  ["Please subscribe to our updates", []],
  ["Sign up for the daily Harbour Post newsletter", ["newsletter-of: Harbour Post"]],
  ["Sign up for our Politics Newsletter", []], // "our": a section's letter
  ["Get Field Notes Magazine delivered to your inbox", ["delivered: Field Notes Magazine"]],
  ["Get push notifications from Riverside Radio", ["notifications-from: Riverside Radio"]],
  ["Contact Us", []],
  ["Contact Northern Wire", ["contact: Northern Wire"]],
  ["Why you can trust Northern Wire", ["trust: Northern Wire"]],
  ["Follow Valley Voice on Twitter", ["follow-on: Valley Voice"]],
  ["Follow Valley Voice online:", ["follow-on: Valley Voice"]],
  ["Valley Voice homepage", ["logo-label: Valley Voice"]],
  ["Valley Voice homepage renovation drew complaints from readers", []],
  ["Legal Notice Terms and Conditions Privacy Policy © valley voice 2019", ["copyright-line-end: valley voice"]],
  ["Photos © Copyright 2019", []],
  ["© Copyright . All rights reserved. Printed from https://valleyvoice.com", ["domain-notice: valleyvoice"]],
  [
    "Valleyvoice.com Copyright (c) 2020 by The Valley Voice Group. All Rights Reserved.",
    ["domain-notice: Valley Voice"],
  ],
  // The symbol after the year.
  ["Copyright 2021 © The Lakeside Courier. All rights reserved.", ["copyright: The Lakeside Courier"]],
  ["You can contact Harbour Post on Facebook, or email news@harbourpost.example", ["contact-on: Harbour Post"]],
  ["Please contact Us at the desk", []],
  ["Harbour Sports Home", ["logo-label: Harbour Sports"]],
  ["Harbour Sports is a registered trademark of Harbour Broadcasting Inc.", ["trademark: Harbour Sports"]],
  [
    'Copyright ©2021 Harbour Newspapers. "Daily Harbour" is a registered trademark. All rights reserved.',
    ["trademark: Daily Harbour"],
  ],
  ["Harbour Post is part of Ferry Media Inc, a leading digital publisher.", ["owned-by: Harbour Post"]],
  ["Harbour Post is supported by its readers.", ["audience: Harbour Post"]],
  ["Senior editor at Harbour Post.", ["bio-employer: Harbour Post"]],
  ["Jane Roe is a reporter for Harbour Post.", ["bio-employer: Harbour Post"]],
  ["Jane Roe is a reporter for the local paper.", []],
  ["Order through our links and Harbour Post may receive a small commission.", ["affiliate: Harbour Post"]],
  ["If you buy something, we may earn a commission.", []],
  ["I agree that Harbour Sports may send me offers and its weekly picks.", ["consent: Harbour Sports"]],
  ["By Jane Roe, Harbour Post Staff", ["byline-staff: Harbour Post"]],
  ["By Jane Roe | Harbour Post", ["byline-staff: Harbour Post"]],
  ["By Jane Roe, Staff Writer", []],
];

for (const [line, want] of RULES) {
  test(`self-reference: ${line}`, () => assert.deepEqual(refs(line), want));
}

const outlet = (page: string, authors: string[] = []): string | undefined =>
  outletBySelfReference(splitLines(page), authors)?.name;

const WEIGHING: readonly (readonly [string, string, string | undefined, string[]?])[] = [
  ["the copyright line alone", "Story text.\n© 2024 Harbour Post", "Harbour Post"],
  ["one prompt alone is not enough", "Story text.\nGet push notifications from Harbour Post", undefined],
  ["a prompt and the logo's line", "Harbour Post\nStory text.\nContact Harbour Post", "Harbour Post"],
  ["a menu repeating one prompt counts it once", "HP Newsletter\nStory text.\nHP Newsletter\nHP Newsletter", undefined],
  [
    "the short form in the copyright supports the full name",
    "Riverside Radio\nStory text.\nGet push notifications from Riverside Radio\n© 2023 Riverside. All rights reserved.",
    "Riverside Radio",
  ],
  ["a blogger's notice names the author", "Story text.\n© 2021 Kim Baker", undefined, ["Kim Baker"]],
  ["a company's copyright alone is not enough", "Story text.\n© 2021 Harbour Media, LLC", undefined],
  ["the logo as the page's first and last line", "Harbour Post\nSubscribe\nStory text.\nHarbour Post", "Harbour Post"],
  ["a menu label at both ends of the page", "Menu\nStory text.\nMenu", undefined],
  [
    "a page that calls itself by its domain keeps the ending",
    "Story text, not kept by Harbourwatch.org.\n© Harbourwatch.org 2003 - 2019",
    "Harbourwatch.org",
  ],
  [
    "a domain's name the page also writes bare loses its ending",
    "Harbourwatch reports, as Harbourwatch.org.\n© Harbourwatch.org 2003 - 2019",
    "Harbourwatch",
  ],
  [
    "a domain's name as the page writes it elsewhere",
    "Politics from The Valley Voice\nStory text.\nTheValleyVoice.com Copyright (c) 2020 by The Valley Voice Group.",
    "The Valley Voice",
  ],
  [
    "a printed page's domain and the logo's line",
    "ValleyVoice\nStory text.\nAll rights reserved. Printed from https://valleyvoice.com",
    "ValleyVoice",
  ],
  [
    "a domain with no other spelling on the page keeps the domain's",
    "Story text.\nAll rights reserved. Printed from https://valleyvoice.com",
    "valleyvoice",
  ],
  [
    "a company's copyright and a link about the site",
    "Story text.\nAbout Harbour Post\n© 2021 Harbour Post LLC. All rights reserved.",
    "Harbour Post",
  ],
  [
    "a section's newsletter with less weight than the short name is the section's",
    "By Jane Roe, Harbour Staff\nJoin the Harbour Deals Newsletter\nStory text.\nOrder through our links and Harbour may receive a small commission.",
    "Harbour",
  ],
  [
    "a full name adding a publication's noun is the title",
    "Get Harbour Magazine delivered each week\nStory text.\nThe Harbour Newsletter\nAbout Harbour",
    "Harbour Magazine",
  ],
  [
    "the owner's line and the audience line",
    "Story text.\nHarbour is supported by its readers.\nHarbour is part of Ferry Media Inc.",
    "Harbour",
  ],
  ["a bio and the logo's line", "Harbour Post\nStory text.\nSenior editor at Harbour Post.", "Harbour Post"],
  [
    "a full name on the logo's line with a prompt is the title",
    "Harbour International\nStory text.\nHarbour\nGet push notifications from Harbour International\n© 2019 Harbour. All rights reserved",
    "Harbour International",
  ],
];

for (const [name, page, want, authors] of WEIGHING) {
  test(`outlet by self-reference: ${name}`, () => assert.equal(outlet(page, authors), want));
}

const BRANDS: readonly (readonly [string, string, string | undefined])[] = [
  // The name without its company words, written on the page twice outside the owner's name.
  ["Harbour Media LLC", "Harbour\nNews from Harbour.\n© 2020 Harbour Media LLC", "Harbour"],
  [
    "The Harbour Times Company",
    "The Harbour Times\nSubscribe to The Harbour Times\n© The Harbour Times Company",
    "The Harbour Times",
  ],
  // The initials, as a whole word.
  ["Harbour News Network", "HNN Business\nWatch HNN live\n© 2019 Harbour News Network", "HNN"],
  // Written once is enough; two initials must stand twice.
  ["The Harbour Times Company", "The Harbour Times\n© 2019 The Harbour Times Company", "The Harbour Times"],
  ["Harbour Network", "HN\n© 2019 Harbour Network", undefined],
  ["Harbour Network", "HN\nWatch HN\n© 2019 Harbour Network", "HN"],
  // A legal form makes the name a company's, written or not; without one, an unwritten brand is no brand.
  ["Harbour Media LLC", "Story text.\n© 2020 Harbour Media LLC", "Harbour"],
  ["Quayside Media", "Story text.\n© 2020 Quayside Media", undefined],
  ["Harbour News Network", "Story text.\n© 2020 Harbour News Network", undefined],
  // No company word: the name is no owner's.
  ["Harbour Post", "Harbour Post\nHarbour Post", undefined],
];

for (const [owner, page, want] of BRANDS) {
  test(`brand of owner: ${owner} → ${want}`, () => assert.equal(brandOfOwner(owner, page), want));
}
