/**
 * Test-only fault injection for the worker, off unless the SIFT_TEST_* variables are set (the fault tests in
 * test/scale set them on the worker processes they spawn):
 *   SIFT_TEST_JOB_DELAY_MS=n     wait n ms after analysing each item, before storing it (a job to kill mid-way)
 *   SIFT_TEST_POISON=substring   analysing an item whose input contains the substring throws (a parser crash)
 */
const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(t);
      resolve();
    });
  });

export function testJobDelayMs(): number {
  const ms = Number(process.env.SIFT_TEST_JOB_DELAY_MS ?? 0);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

export async function testDelay(signal?: AbortSignal): Promise<void> {
  const ms = testJobDelayMs();
  if (ms > 0) await sleep(ms, signal);
}

export function testPoison(input: string): void {
  const marker = process.env.SIFT_TEST_POISON;
  if (marker && input.includes(marker)) throw new Error(`parser crashed on ${input} (test poison hook)`);
}
