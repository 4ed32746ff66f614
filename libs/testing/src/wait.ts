/** Polls `check` every 100 ms until it holds; fails after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Tidsgrænsen for ventetiden blev nået');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
