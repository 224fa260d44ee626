/** Which errors are retried, and how the retry loop gives up (no server needed). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { isTransientError, withRetry } from "./postgres-retry.js";

const withCode = (message: string, code: string): Error => Object.assign(new Error(message), { code });

const CASES: readonly (readonly [string, unknown, boolean])[] = [
  ["refused", withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"), true],
  ["reset", withCode("read ECONNRESET", "ECONNRESET"), true],
  ["admin shutdown", withCode("terminating connection due to administrator command", "57P01"), true],
  ["starting up", withCode("the database system is starting up", "57P03"), true],
  ["connection failure", withCode("server closed the connection", "08006"), true],
  ["deadlock", withCode("deadlock detected", "40P01"), true],
  ["terminated", new Error("Connection terminated unexpectedly"), true],
  [
    "refused on every address",
    new AggregateError([withCode("a", "ECONNREFUSED"), withCode("b", "ECONNREFUSED")]),
    true,
  ],
  ["unique violation", withCode('duplicate key value violates unique constraint "x"', "23505"), false],
  ["syntax error", withCode('syntax error at or near "SELEC"', "42601"), false],
  ["auth failure", withCode('password authentication failed for user "x"', "28P01"), false],
  ["not an error", "ECONNREFUSED", false],
];

for (const [name, err, transient] of CASES) {
  test(`isTransientError: ${name} → ${transient}`, () => assert.equal(isTransientError(err), transient));
}

const FAST = { maxTotalMs: 2_000, firstDelayMs: 1, maxDelayMs: 5 };

test("withRetry: retries transient failures until the attempt succeeds", async () => {
  let calls = 0;
  const retried: number[] = [];
  const result = await withRetry(
    async () => {
      calls++;
      if (calls < 4) throw withCode("refused", "ECONNREFUSED");
      return "done";
    },
    FAST,
    (_, n) => retried.push(n),
  );
  assert.equal(result, "done");
  assert.equal(calls, 4);
  assert.deepEqual(retried, [1, 2, 3]);
});

test("withRetry: a permanent error is thrown at once", async () => {
  let calls = 0;
  await assert.rejects(
    withRetry(async () => {
      calls++;
      throw withCode("duplicate key", "23505");
    }, FAST),
    /duplicate key/,
  );
  assert.equal(calls, 1);
});

test("withRetry: gives up with the last error when the time is spent", async () => {
  let calls = 0;
  await assert.rejects(
    withRetry(
      async () => {
        calls++;
        throw withCode(`refused ${calls}`, "ECONNREFUSED");
      },
      { maxTotalMs: 30, firstDelayMs: 5, maxDelayMs: 5 },
    ),
    /refused \d+/,
  );
  assert.ok(calls >= 2, `retried before giving up (${calls} calls)`);
});
