/**
 * Resolves in a task of its own, after the browser has had its turn (input, painting): long work
 * cut at these points never holds the main thread for the whole of it.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `work` when the browser is idle after the page's first load, or after `timeoutMs` at the
 * latest, for what the first paint does not need.
 */
export function whenIdle(work: () => void, timeoutMs = 500): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: timeoutMs });
  else setTimeout(work, 0);
}
