export interface Countdown {
  /** Counts down to `expiresAt` (epoch ms). */
  set(expiresAt: number): void;
  clear(): void;
}

/**
 * Shows the time left on the token as `m:ss`, once a second. The time comes from the auth's
 * `onTokenObtained`/`onTokenRefreshed` events, so a refresh restarts it.
 */
export function createCountdown(element: HTMLElement, now: () => number = Date.now): Countdown {
  let timer: ReturnType<typeof setInterval> | undefined;
  let target: number | undefined;

  const render = () => {
    if (target === undefined) {
      element.textContent = '--:--';

      return;
    }

    const seconds = Math.max(0, Math.ceil((target - now()) / 1000));
    element.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  };

  return {
    set(expiresAt) {
      target = expiresAt;
      render();
      timer ??= setInterval(render, 1000);
    },
    clear() {
      clearInterval(timer);
      timer = undefined;
      target = undefined;
      render();
    },
  };
}
