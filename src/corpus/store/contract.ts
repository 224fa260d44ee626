/**
 * The behaviour every CorpusStore backend must show, as one suite: run it with a factory for a fresh, empty store
 * (`runStoreContract(() => openSqliteStore(":memory:"), "sqlite")`); postgres.test.ts runs it on PostgreSQL.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { fixtureArticle } from "./fixtures.js";
import { type CorpusStore, QueryError, type StoryState } from "./types.js";

const FLOOD =
  "Heavy rain flooded the river valley on Monday and forced hundreds of families from their homes near the dam.";
const ELECTION =
  "The election commission counted ballots late into the night as the governor conceded defeat to her rival.";

/** A story state of `size` members with one made-up term, for split tests (the store keeps states opaque). */
function storyState(title: string, size: number): StoryState {
  return { title, size, terms: { x: size }, names: {} };
}

export function runStoreContract(makeStore: () => Promise<CorpusStore> | CorpusStore, name = "store"): void {
  const withStore = async (fn: (s: CorpusStore) => Promise<void>): Promise<void> => {
    const s = await makeStore();
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  };

  test(`${name}: put and get round-trip every field, bytes included`, () =>
    withStore(async (s) => {
      const a = fixtureArticle({
        text: FLOOD,
        title: "Floods",
        outlet: "Daily",
        authors: ["Ann Lee"],
        published: "2024-03-04",
        url: "https://x.test/a",
      });
      const r = await s.putArticle(a);
      assert.equal(r.created, true);
      const got = await s.getArticle(r.id);
      assert.ok(got);
      assert.equal(got.text, FLOOD);
      assert.deepEqual([...got.bytes], [...a.bytes]);
      assert.deepEqual(got.authors, ["Ann Lee"]);
      assert.equal(got.outlet, "Daily");
      assert.equal(got.published, "2024-03-04");
      assert.deepEqual(got.analysis, a.analysis);
      assert.equal(got.provenance[0]?.source, "fixture");
      assert.equal(got.storyId, r.storyId);
      assert.equal(await s.hasContent(a.contentHash), true);
    }));

  test(`${name}: the same content twice is a no-op`, () =>
    withStore(async (s) => {
      const a = fixtureArticle({ text: FLOOD, title: "Floods" });
      const first = await s.putArticle(a);
      const second = await s.putArticle(a);
      assert.equal(second.created, false);
      assert.equal(second.id, first.id);
      assert.equal((await s.counts()).articles, 1);
      assert.equal((await s.counts()).stories, 1);
    }));

  test(`${name}: versions of one URL are linked in order`, () =>
    withStore(async (s) => {
      const v1 = await s.putArticle(fixtureArticle({ text: FLOOD, url: "https://x.test/a" }));
      const v2 = await s.putArticle(
        fixtureArticle({ text: `${FLOOD} Updated.`, url: "https://x.test/a", previousVersion: v1.id }),
      );
      const versions = await s.versions("https://x.test/a");
      assert.deepEqual(
        versions.map((v) => v.id),
        [v1.id, v2.id],
      );
      assert.equal(versions[1]?.previousVersion, v1.id);
      assert.equal((await s.latestByUrl("https://x.test/a"))?.id, v2.id);
    }));

  test(`${name}: text hash and LSH lookups find earlier copies`, () =>
    withStore(async (s) => {
      const a = fixtureArticle({ text: FLOOD });
      const r = await s.putArticle(a);
      assert.equal((await s.findByTextHash(a.textHash))?.id, r.id);
      const cands = await s.lshCandidates(a.lshKeys);
      assert.deepEqual(
        cands.map((c) => c.id),
        [r.id],
      );
      assert.deepEqual([...(cands[0]?.minhash ?? [])], [...a.minhash]);
      assert.deepEqual(await s.lshCandidates(fixtureArticle({ text: ELECTION }).lshKeys), []);
    }));

  test(`${name}: articles join an existing story by id`, () =>
    withStore(async (s) => {
      const a = await s.putArticle(fixtureArticle({ text: FLOOD, title: "Floods" }));
      const b = await s.putArticle(
        fixtureArticle({ text: `${FLOOD} More rain.`, title: "More floods", storyId: a.storyId }),
      );
      assert.equal(b.storyId, a.storyId);
      const members = await s.storyMembers(a.storyId);
      assert.equal(members.length, 2);
      assert.equal((await s.listStories()).length, 1);
      assert.equal((await s.getStory(a.storyId))?.id, a.storyId);
    }));

  test(`${name}: splitting a story moves the leaving members to a new story in one step, once`, () =>
    withStore(async (s) => {
      const put = (i: number, storyId?: number) =>
        s.putArticle(fixtureArticle({ text: `${FLOOD} Report ${i}.`, title: `Floods ${i}`, storyId }));
      const first = await put(0);
      const ids = [first.id];
      for (let i = 1; i < 6; i++) ids.push((await put(i, first.storyId)).id);
      const other = await s.putArticle(fixtureArticle({ text: ELECTION, title: "Election" }));
      const keptState = { ...storyState("Floods 0", 3), firstDate: "2024-03-01", lastDate: "2024-03-02" };
      const leavingState = storyState("Floods 3", 3);
      const leaving = ids.slice(3);
      // Computed from members that have changed since (a size that does not match): nothing happens.
      const stale = await s.splitStory({
        storyId: first.storyId,
        keptState,
        leaving,
        leavingState: storyState("x", 4),
      });
      assert.equal(stale, undefined);
      assert.equal((await s.counts()).stories, 2);

      const newId = await s.splitStory({ storyId: first.storyId, keptState, leaving, leavingState });
      assert.ok(newId !== undefined && newId !== first.storyId && newId !== other.storyId);
      const memberIds = async (id: number) => (await s.storyMembers(id)).map((m) => m.id).sort((a, b) => a - b);
      assert.deepEqual(await memberIds(first.storyId), ids.slice(0, 3));
      assert.deepEqual(await memberIds(newId), leaving);
      const kept = await s.getStory(first.storyId);
      assert.equal(kept?.size, 3);
      assert.equal(kept?.firstDate, "2024-03-01");
      assert.equal(kept?.lastDate, "2024-03-02");
      assert.deepEqual(kept?.state, keptState);
      assert.equal((await s.getStory(newId))?.title, "Floods 3");
      assert.equal((await s.articleSummary(ids[5] as number))?.storyId, newId);
      // Both parts rank as the most recently updated, ahead of the story written after them.
      const recent = (await s.recentStories(2)).map((r) => r.id).sort((a, b) => a - b);
      assert.deepEqual(
        recent,
        [first.storyId, newId].sort((a, b) => a - b),
      );
      assert.equal((await s.counts()).stories, 3);

      // The same split again (a retry after a lost reply) returns the same new story and founds no other.
      assert.equal(await s.splitStory({ storyId: first.storyId, keptState, leaving, leavingState }), newId);
      assert.equal((await s.counts()).stories, 3);
      assert.equal((await s.counts()).articles, 7);
    }));

  test(`${name}: merging two stories moves the absorbed story's members and removes it, in one step, once`, () =>
    withStore(async (s) => {
      const put = (text: string, i: number, storyId?: number) =>
        s.putArticle(fixtureArticle({ text: `${text} Report ${i}.`, title: `${text.slice(0, 6)} ${i}`, storyId }));
      const first = await put(FLOOD, 0);
      const second = await put(FLOOD, 1);
      const ids = [first.id, second.id];
      for (let i = 2; i < 4; i++) ids.push((await put(FLOOD, i, i % 2 === 0 ? first.storyId : second.storyId)).id);
      const other = await s.putArticle(fixtureArticle({ text: ELECTION, title: "Election" }));
      assert.equal((await s.counts()).stories, 3);
      const mergedState = { ...storyState("Floods 0", 4), firstDate: "2024-03-01", lastDate: "2024-03-04" };
      const merge = { storyId: first.storyId, absorbedId: second.storyId, mergedState };
      // Computed from members that have changed since, a missing story, or a story with itself: nothing happens.
      for (const refused of [
        { ...merge, mergedState: storyState("x", 5) },
        { ...merge, absorbedId: 999_999 },
        { ...merge, storyId: 999_999 },
        { ...merge, absorbedId: first.storyId, mergedState: storyState("x", 2) },
      ])
        assert.equal(await s.mergeStories(refused), false);
      assert.equal((await s.counts()).stories, 3);

      assert.equal(await s.mergeStories(merge), true);
      const memberIds = (await s.storyMembers(first.storyId)).map((m) => m.id).sort((a, b) => a - b);
      assert.deepEqual(memberIds, ids);
      assert.equal(await s.getStory(second.storyId), undefined);
      assert.deepEqual(await s.storyMembers(second.storyId), []);
      const kept = await s.getStory(first.storyId);
      assert.equal(kept?.size, 4);
      assert.equal(kept?.lastDate, "2024-03-04");
      assert.deepEqual(kept?.state, mergedState);
      assert.equal((await s.articleSummary(ids[1] as number))?.storyId, first.storyId);
      // The merged story ranks as the most recently updated, ahead of the story written after it.
      assert.deepEqual(
        (await s.recentStories(1)).map((r) => r.id),
        [first.storyId],
      );
      assert.equal((await s.counts()).stories, 2);
      assert.equal((await s.getStory(other.storyId))?.size, 1);

      // The same merge again (a retry after a lost reply) reports it made and changes nothing.
      assert.equal(await s.mergeStories(merge), true);
      assert.equal((await s.counts()).stories, 2);
      assert.equal((await s.counts()).articles, 5);
      // A later article can still join the merged story.
      const later = await put(FLOOD, 9, first.storyId);
      assert.equal(later.storyId, first.storyId);
    }));

  test(`${name}: failures are recorded, counted, retried and resolved`, () =>
    withStore(async (s) => {
      await s.recordFailure({ source: "f.jsonl", input: "f.jsonl:3", stage: "parse", reason: "invalid JSON" });
      await s.recordFailure({ source: "f.jsonl", input: "f.jsonl:3", stage: "parse", reason: "invalid JSON" });
      let rows = await s.listFailures();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]?.attempts, 2);
      await s.resolveFailure("f.jsonl", "f.jsonl:3");
      rows = await s.listFailures();
      assert.equal(rows.length, 0);
      assert.equal((await s.listFailures({ includeResolved: true })).length, 1);
    }));

  test(`${name}: search ranks, filters, snippets and facets`, () =>
    withStore(async (s) => {
      await s.putArticle(
        fixtureArticle({
          text: FLOOD,
          title: "River floods",
          outlet: "Daily",
          authors: ["Ann Lee"],
          published: "2024-03-04",
          entities: [{ name: "Dam Valley", type: "place", mentions: 2 }],
          quotes: [{ key: "q1", text: "We lost everything", kind: "direct", speaker: "Maria Ruiz", start: 0, end: 18 }],
          claims: [{ key: "c1", text: "hundreds of families", score: 0.8, cues: ["number"], start: 0, end: 20 }],
        }),
      );
      await s.putArticle(
        fixtureArticle({ text: ELECTION, title: "Election night", outlet: "Herald", published: "2023-11-08" }),
      );
      await s.putArticle(
        fixtureArticle({ text: `${ELECTION} Rain fell.`, title: "Rain", outlet: "Herald", published: "2023-11-09" }),
      );
      const r = await s.search({ text: "flooding" });
      assert.equal(r.total, 1, "porter stemming matches flooded/flooding");
      assert.match(r.hits[0]?.snippet ?? "", /«flooded»/);
      assert.deepEqual(r.facets.outlet, [{ value: "Daily", count: 1 }]);
      const rain = await s.search({ text: "rain" });
      assert.equal(rain.total, 2);
      assert.equal(rain.hits[0]?.title, "Rain", "a title hit outranks a body hit");
      assert.equal((await s.search({ text: "rain", outlet: "herald" })).total, 1);
      assert.equal((await s.search({ text: "rain", from: "2024-01-01" })).total, 1);
      assert.equal((await s.search({ text: "rain", to: "2023-12-31" })).total, 1);
      assert.equal((await s.search({ text: "rain", author: "Lee" })).total, 1);
      assert.equal((await s.search({ text: "rain", place: "dam valley" })).total, 1);
      assert.equal((await s.search({ text: "rain", speaker: "Ruiz" })).total, 1);
      const q = await s.search({ text: "lost", layer: "quotes" });
      assert.equal(q.hits[0]?.speaker, "Maria Ruiz");
      assert.equal((await s.search({ text: "families", layer: "claims" })).total, 1);
      // Facets count every matched article up to the sample size, then only the best-ranked ones.
      assert.equal(rain.matchedArticles, 2);
      assert.equal(rain.facetsOver, 2);
      assert.deepEqual(
        rain.facets.outlet.map((f) => [f.value, f.count]).sort(),
        [
          ["Daily", 1],
          ["Herald", 1],
        ],
        "both matched articles are counted",
      );
      const best = await s.search({ text: "rain", facetSample: 1 });
      assert.equal(best.total, 2, "the sample narrows the facets, not the hits");
      assert.equal(best.facetsOver, 1);
      assert.deepEqual(best.facets.outlet, [{ value: "Herald", count: 1 }], "the title hit is the best-ranked");
      const paged = await s.search({ text: "rain", limit: 1, offset: 1 });
      assert.equal(paged.hits.length, 1);
      assert.notEqual(paged.hits[0]?.title, "Rain", "the second page holds the second-ranked hit");
      await assert.rejects(s.search({ text: '"unbalanced' }), QueryError);
      await assert.rejects(s.search({ text: "AND OR" }), QueryError);
    }));

  test(`${name}: entity report, timeline and export iteration`, () =>
    withStore(async (s) => {
      const ent = [
        { name: "Maria Ruiz", type: "person" as const, mentions: 3 },
        { name: "Red Cross", type: "organization" as const, mentions: 1 },
      ];
      await s.putArticle(fixtureArticle({ text: FLOOD, title: "A", published: "2024-03-04", entities: ent }));
      await s.putArticle(
        fixtureArticle({ text: ELECTION, title: "B", published: "2024-04-01", entities: ent.slice(0, 1) }),
      );
      const rep = await s.entity("maria ruiz");
      assert.equal(rep.articles.length, 2);
      assert.deepEqual(rep.cooccurring, [{ value: "Red Cross", count: 1 }]);
      assert.deepEqual(await s.timeline({ by: "month" }), [
        { period: "2024-03", count: 1 },
        { period: "2024-04", count: 1 },
      ]);
      const titles: string[] = [];
      for await (const a of s.iterateArticles()) titles.push(a.title ?? "");
      assert.deepEqual(titles, ["A", "B"]);
      const df = await s.documentFrequencies(["t:x", "t:y"]);
      assert.equal(df.total, 2);
      assert.equal(df.df.get("t:x"), 2);
    }));

  test(`${name}: conditional-GET validators persist`, () =>
    withStore(async (s) => {
      await s.putHttpCache("https://x.test/feed", '"abc"', undefined);
      assert.deepEqual(await s.getHttpCache("https://x.test/feed"), { etag: '"abc"', lastModified: undefined });
    }));

  test(`${name}: document listing pages newest first and filters`, () =>
    withStore(async (s) => {
      const a = await s.putArticle(fixtureArticle({ text: FLOOD, title: "A", outlet: "Daily" }));
      const b = await s.putArticle(fixtureArticle({ text: ELECTION, title: "B", outlet: "Herald" }));
      const all = await s.listArticles({ limit: 1 });
      assert.equal(all.total, 2);
      assert.deepEqual(
        all.items.map((x) => x.id),
        [b.id],
      );
      assert.deepEqual(
        (await s.listArticles({ limit: 1, offset: 1 })).items.map((x) => x.id),
        [a.id],
      );
      const daily = await s.listArticles({ outlet: "daily" });
      assert.equal(daily.total, 1);
      assert.equal(daily.items[0]?.title, "A");
    }));

  test(`${name}: places with geocodes and the entity network`, () =>
    withStore(async (s) => {
      const paris = { name: "Paris", type: "place" as const, mentions: 1, lat: 48.85, lon: 2.35, country: "FR" };
      const ruiz = { name: "Maria Ruiz", type: "person" as const, mentions: 2 };
      const cross = { name: "Red Cross", type: "organization" as const, mentions: 1 };
      const nowhere = { name: "Atlantis", type: "place" as const, mentions: 1 };
      await s.putArticle(fixtureArticle({ text: FLOOD, entities: [paris, ruiz, cross, nowhere] }));
      await s.putArticle(fixtureArticle({ text: ELECTION, entities: [paris, ruiz] }));
      await s.putArticle(fixtureArticle({ text: `${ELECTION} Again.`, entities: [cross] }));
      assert.deepEqual(await s.places(), [{ name: "Paris", lat: 48.85, lon: 2.35, country: "FR", count: 2 }]);
      const net = await s.network({ limit: 10, minCount: 2 });
      assert.deepEqual(
        net.nodes.map((n) => [n.name, n.count]),
        [
          ["Maria Ruiz", 2],
          ["Paris", 2],
          ["Red Cross", 2],
          ["Atlantis", 1],
        ],
      );
      assert.deepEqual(net.edges, [{ source: "Maria Ruiz", target: "Paris", count: 2 }]);
      assert.equal((await s.network({ limit: 10, minCount: 1 })).edges.length, 6);
    }));
}
