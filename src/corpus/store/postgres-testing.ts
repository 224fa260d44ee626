/**
 * For tests of the PostgreSQL store: whether a server is configured (SIFT_TEST_PG), and a throwaway database per
 * test file, so tests running at the same time on one server never see each other's rows.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { withRetry } from "./postgres-retry.js";

/** Why PostgreSQL tests cannot run here, or undefined when they can. SIFT_REQUIRE_SERVICES=1 turns a skip into a failure. */
export function postgresUnavailable(): string | undefined {
  if (process.env.SIFT_TEST_PG) return undefined;
  return "SIFT_TEST_PG is unset (start the server with `. .ci/services.sh start`)";
}

export const servicesRequired = (): boolean => process.env.SIFT_REQUIRE_SERVICES === "1";

export interface TestDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** `url` with its database replaced by `database`. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates an empty database sift_test_<random> with pg_trgm in its public schema; drop() removes it. */
export async function createTestDatabase(adminUrl: string, prefix = "sift_test"): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withRetry(() => adminQuery(adminUrl, `CREATE DATABASE ${name}`));
  const url = withDatabase(adminUrl, name);
  // In public, so stores in per-test schemas (search_path "<schema>, public") all find one copy of it.
  await withRetry(() => adminQuery(url, "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public"));
  return {
    name,
    url,
    // Retried: a fault test may have just restarted the server.
    drop: () => withRetry(() => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}
