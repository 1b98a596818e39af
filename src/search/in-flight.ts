// Pages handed over and not yet taken: enough to keep Pagefind's service busy, few enough to hold little.
const IN_FLIGHT = 16;

/**
 * Starts tasks a few at a time, in the order they are given (Pagefind's files depend on the order
 * of its pages; rendered pages go to the link check in the build's order): `start` waits while
 * the limit is reached, `done` waits for them all and throws the first failure, once none is left
 * running.
 */
export function inFlight(limit = IN_FLIGHT) {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  return {
    async start(task: () => Promise<void>): Promise<void> {
      const run = task()
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => running.delete(run));
      running.add(run);
      if (running.size >= limit) await Promise.race(running);
    },
    async done(): Promise<void> {
      await Promise.all(running);
      if (failure) throw failure.error;
    },
  };
}
