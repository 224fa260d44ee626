/** `sift serve`: the HTTP API and the web UI over a corpus. */
import type { Command } from "commander";
import { withDb } from "../../corpus/cli/common.js";
import { corpusLocation } from "../../corpus/store/open.js";
import { isLoopback } from "../../serve/security.js";
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from "../../serve/server.js";

interface ServeFlags {
  port: string;
  host: string;
  db?: string;
  token?: string;
}

export function register(program: Command): void {
  const cmd = program
    .command("serve")
    .description(
      "Serve the HTTP API (OpenAPI document at /openapi.json) and the web UI over a corpus. Binds 127.0.0.1 " +
        "unless --host says otherwise; with a token, writes (analyze with store=true) need Authorization: Bearer.",
    )
    .option("--port <n>", "TCP port (0 = any free port)", String(DEFAULT_PORT))
    .option("--host <address>", "address to bind", DEFAULT_HOST)
    .option("--token <token>", "API token required for write requests (default: $SIFT_API_TOKEN)");
  withDb(cmd).action(async (flags: ServeFlags) => {
    const port = Number(flags.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      process.stderr.write(`sift: --port must be an integer from 0 to 65535, not "${flags.port}"\n`);
      process.exitCode = 2;
      return;
    }
    const token = flags.token ?? process.env.SIFT_API_TOKEN;
    if (!isLoopback(flags.host) && !token)
      process.stderr.write(
        `sift: warning: binding ${flags.host}, a non-loopback address, without a token: anyone who can reach it ` +
          "can store articles (set --token or $SIFT_API_TOKEN)\n",
      );
    const server = await startServer({ port, host: flags.host, db: corpusLocation(flags.db), token });
    process.stdout.write(
      `sift: serving ${server.url} (API at ${server.url}/api, OpenAPI at ${server.url}/openapi.json)\n`,
    );
    const stop = (): void => {
      void server.close().then(() => process.exit(0));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
