/** `sift serve` from the command line: it serves the corpus, warns when exposed without a token, rejects bad ports. */
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { repoRoot } from "../../src/core/paths.js";

const CLI = join(repoRoot, "src/cli/main.ts");
const dir = mkdtempSync(join(tmpdir(), "sift-serve-cli-"));
const children: ChildProcess[] = [];
/** Start-up includes loading the models through tsx; a busy shared machine can take a while. */
const START_TIMEOUT_MS = 60_000;

after(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `sift serve` and resolves with its URL and everything it wrote to stderr by then. */
function serve(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ url: string; stderr: () => string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", CLI, "serve", "--port", "0", "--db", join(dir, "c.db"), ...args],
    {
      env: { ...process.env, SIFT_API_TOKEN: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  children.push(child);
  let out = "";
  let err = "";
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sift serve did not start: ${err}`)), START_TIMEOUT_MS);
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/\S+?) /.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ url: m[1], stderr: () => err, child });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`sift serve exited with ${code}: ${err}`));
    });
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

test("sift serve: binds loopback by default and answers /api/health; stops cleanly on SIGTERM", async () => {
  const s = await serve([]);
  assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const health = (await (await fetch(`${s.url}/api/health`)).json()) as { ok: boolean; store: string };
  assert.deepEqual([health.ok, health.store], [true, "sqlite"]);
  assert.equal(s.stderr(), "");
  assert.equal(await stop(s.child), 0);
});

test("sift serve: a non-loopback address without a token warns on stderr; with $SIFT_API_TOKEN it does not", async () => {
  const open = await serve(["--host", "0.0.0.0"]);
  assert.match(open.stderr(), /warning: binding 0\.0\.0\.0, a non-loopback address, without a token/);
  await stop(open.child);
  const guarded = await serve(["--host", "0.0.0.0"], { SIFT_API_TOKEN: "t0ken" });
  assert.equal(guarded.stderr(), "");
  const port = new URL(guarded.url).port;
  const res = await fetch(`http://127.0.0.1:${port}/api/analyze`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: "A short article about nothing in particular.", store: true }),
  });
  assert.equal(res.status, 401, "the token from the environment guards writes");
  await stop(guarded.child);
});

test("sift serve: a bad --port is a usage error (exit 2) naming the value", () => {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", CLI, "serve", "--port", "http", "--db", join(dir, "c.db")],
    {
      encoding: "utf8",
    },
  );
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port must be an integer from 0 to 65535, not "http"/);
});
