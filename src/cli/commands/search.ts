/** `sift search`: full-text search over articles, quotes or claims, with filters, snippets and facets. */
import type { Command } from "commander";
import {
  type FilterOptions,
  filtersOf,
  formatOption,
  printJson,
  withDb,
  withFilters,
  withStore,
} from "../../corpus/cli/common.js";
import { FACET_SAMPLE, QueryError, type SearchLayer, type SearchResult } from "../../corpus/store/types.js";
import { wholeNumber } from "../numbers.js";

const LAYERS: readonly SearchLayer[] = ["articles", "quotes", "claims"];

function formatResult(r: SearchResult): string {
  const lines = [`${r.total} match${r.total === 1 ? "" : "es"}`];
  for (const h of r.hits) {
    const who = h.speaker ? ` — ${h.speaker}` : "";
    lines.push(
      `#${h.articleId} [${h.outlet ?? "?"} ${h.published?.slice(0, 10) ?? "????-??-??"}] ${h.title ?? h.input}${who}`,
    );
    lines.push(`   ${h.snippet.replace(/\s+/g, " ")}`);
  }
  const facet = (name: string, values: SearchResult["facets"]["outlet"]): void => {
    if (values.length > 0) lines.push(`${name}: ${values.map((v) => `${v.value} (${v.count})`).join(", ")}`);
  };
  lines.push("");
  if (r.facetsOver < r.matchedArticles)
    lines.push(`facets over the ${r.facetsOver} best-ranked of ${r.matchedArticles} matched articles:`);
  facet("outlets", r.facets.outlet);
  facet("authors", r.facets.author);
  facet("entities", r.facets.entity);
  facet("places", r.facets.place);
  facet("months", r.facets.month);
  return `${lines.join("\n")}\n`;
}

export function register(program: Command): void {
  const cmd = program
    .command("search")
    .description(
      "Search the corpus (SQLite FTS5, bm25 ranking, Porter stemming). QUERY uses FTS5 syntax: words, " +
        '"exact phrases", AND / OR / NOT, prefix*, NEAR(a b). Prints ranked hits with highlighted snippets and ' +
        "facet counts (outlet, author, entity, place, month). A malformed query exits with status 2.",
    )
    .argument("<query>", "FTS5 query")
    .option("--layer <layer>", `what to search: ${LAYERS.join(" | ")}`, "articles")
    .option("--limit <n>", "hits to show", wholeNumber, 20)
    .option("--offset <n>", "hits to skip (paging)", wholeNumber, 0)
    .option(
      "--facet-sample <n>",
      "count facets over at most N best-ranked matched articles (a larger N is exact but slower on big corpora)",
      wholeNumber,
      FACET_SAMPLE,
    );
  withDb(formatOption(withFilters(cmd))).action(
    async (
      query: string,
      o: FilterOptions & {
        db?: string;
        layer: string;
        limit: number;
        offset: number;
        facetSample: number;
        format: string;
      },
    ) =>
      withStore(o, async (store) => {
        if (!LAYERS.includes(o.layer as SearchLayer))
          throw new QueryError(`unknown layer "${o.layer}": use ${LAYERS.join(", ")}`);
        const r = await store.search({
          ...filtersOf(o),
          text: query,
          layer: o.layer as SearchLayer,
          limit: o.limit,
          offset: o.offset,
          facetSample: o.facetSample,
        });
        if (o.format === "json") printJson(r);
        else process.stdout.write(formatResult(r));
      }),
  );
}
