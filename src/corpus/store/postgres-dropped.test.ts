/**
 * A connection the server ends the moment it is ready (a restart racing a new connection) must fail the call and be
 * retried, never crash the process with an unhandled 'error' event. A fake server plays the race exactly: it answers
 * the startup with "ready" and an admin-shutdown error in one packet, which the driver reads in one synchronous pass,
 * before any code awaiting pool.connect() could attach a listener. No PostgreSQL server is needed.
 */
import assert from "node:assert/strict";
import { createServer, type Server, type Socket } from "node:net";
import { after, before, test } from "node:test";
import { openPostgresStore } from "./postgres.js";

/** One backend message: a type byte, then its length (counting itself) and body. */
function message(type: string, body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type, "latin1"), length, body]);
}

const int32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

const AUTHENTICATION_OK = message("R", int32(0));
const READY_FOR_QUERY = message("Z", Buffer.from("I"));
/** What a backend sends when `pg_ctl restart -m fast` ends its session (SQLSTATE 57P01). */
const ADMIN_SHUTDOWN = message(
  "E",
  Buffer.from("SFATAL\0VFATAL\0C57P01\0Mterminating connection due to administrator command\0\0", "latin1"),
);

let server: Server;
let port = 0;
let connections = 0;

before(async () => {
  server = createServer((socket: Socket) => {
    connections++;
    socket.on("error", () => undefined);
    // The first bytes are the startup message; answer them all at once, then hang up as a stopping server does.
    socket.once("data", () => {
      socket.end(Buffer.concat([AUTHENTICATION_OK, READY_FOR_QUERY, ADMIN_SHUTDOWN]));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  port = typeof address === "object" && address ? address.port : 0;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test("a connection ended as it becomes ready is retried and reported, not an unhandled error", async () => {
  const retries: unknown[] = [];
  await assert.rejects(
    openPostgresStore(`postgres://sift@127.0.0.1:${port}/corpus`, {
      retry: { maxTotalMs: 300, firstDelayMs: 5, maxDelayMs: 20 },
      onRetry: (err) => retries.push(err),
    }),
    /terminating connection|Connection terminated|not queryable/,
  );
  assert.ok(retries.length >= 1, "the dropped connection was retried");
  assert.ok(connections >= 2, "each retry opened a new connection");
});
