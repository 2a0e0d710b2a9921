/**
 * Work started after a request has been answered (reading a CV's text), until the durable job
 * queue takes it over. Failures are reported, never thrown into the void, and closing the app
 * waits for what is running so no half-written result is left behind.
 */
export interface BackgroundWork {
  run(task: () => Promise<unknown>): void;
  settled(): Promise<void>;
}

export function backgroundWork(onError: (error: unknown) => void): BackgroundWork {
  const running = new Set<Promise<unknown>>();
  return {
    run(task) {
      const promise = Promise.resolve()
        .then(task)
        .catch(onError)
        .finally(() => running.delete(promise));
      running.add(promise);
    },
    async settled() {
      while (running.size) await Promise.allSettled([...running]);
    },
  };
}
