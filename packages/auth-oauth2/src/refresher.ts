/** The longest delay `setTimeout` takes (2^31 - 1 ms, about 24.8 days); longer ones fire at once. */
const MAX_TIMER_DELAY = 2 ** 31 - 1;

export interface Refresher {
  /** Runs the refresh at `at` (monotonic ms), replacing any earlier plan. */
  arm(at: number): void;
  stop(): void;
}

/**
 * One timer that runs `run` at a monotonic time. A delay beyond the platform limit is waited out
 * in steps, and each step checks the clock again, so a suspended machine catches up on wake.
 * In Node the timer is unref'd: it never keeps the process alive.
 */
export function createRefresher(now: () => number, run: () => void): Refresher {
  let timer: ReturnType<typeof setTimeout> | undefined;

  // The id is forgotten once cleared or fired: a browser may give it to another timer later.
  const stop = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  const arm = (at: number) => {
    stop();
    // A negative delay runs at once.
    const delay = Math.min(at - now(), MAX_TIMER_DELAY);
    timer = setTimeout(() => {
      stop();
      if (now() >= at) run();
      else arm(at);
    }, delay);

    // Node returns a Timeout with unref(); browsers return a number.
    (timer as { unref?: () => void }).unref?.();
  };

  return { arm, stop };
}
