/** Placeholder until the PostgreSQL adapter lands (issue 7): says so clearly instead of failing obscurely. */
import type { CorpusStore } from "./types.js";

export async function openPostgresStore(url: string): Promise<CorpusStore> {
  throw new Error(`cannot open ${url.replace(/:[^:@/]*@/, ":***@")}: the PostgreSQL store is not available yet`);
}
