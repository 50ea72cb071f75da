/**
 * Waits until `check` holds, looking every 50 ms: tests wait on what a process has said or done,
 * not on a fixed time that a slow machine may overrun. Fails with `what` after `timeoutMs`.
 */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
