/** The emulator's own clock: real time plus an offset that tests move forward. */
export interface EmulatorClock {
  /** Milliseconds since the epoch, as the emulator sees them. */
  now(): number;
  /**
   * Moves the clock forward, so that tokens expire without waiting.
   * @example emulator.clock.advance(20 * 60_000);
   */
  advance(ms: number): void;
  /** Puts the clock back to real time. */
  reset(): void;
}

export function createClock(realNow: () => number = Date.now): EmulatorClock {
  let offset = 0;

  return {
    now: () => realNow() + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new RangeError('`clock.advance(ms)` expects a finite number of milliseconds >= 0');
      }
      offset += ms;
    },
    reset() {
      offset = 0;
    },
  };
}
