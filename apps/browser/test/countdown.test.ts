import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCountdown } from '../src/countdown.js';

const START = Date.UTC(2026, 0, 1, 12, 0, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createCountdown', () => {
  it('shows the time left as m:ss and ticks every second', () => {
    const element = { textContent: '' } as HTMLElement;
    createCountdown(element).set(START + 90_000);

    expect(element.textContent).toBe('1:30');
    vi.advanceTimersByTime(1_000);
    expect(element.textContent).toBe('1:29');
    vi.advanceTimersByTime(29_000);
    expect(element.textContent).toBe('1:00');
  });

  it('rounds a part second up, so that 0:00 means expired', () => {
    const element = { textContent: '' } as HTMLElement;
    createCountdown(element).set(START + 500);

    expect(element.textContent).toBe('0:01');
    vi.advanceTimersByTime(1_000);
    expect(element.textContent).toBe('0:00');
    vi.advanceTimersByTime(5_000);
    expect(element.textContent).toBe('0:00');
  });

  it('restarts from a new expiry and shows --:-- once cleared', () => {
    const element = { textContent: '' } as HTMLElement;
    const countdown = createCountdown(element);
    countdown.set(START + 10_000);
    countdown.set(START + 900_000);

    expect(element.textContent).toBe('15:00');
    countdown.clear();
    vi.advanceTimersByTime(5_000);
    expect(element.textContent).toBe('--:--');
  });
});
