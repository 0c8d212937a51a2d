import { inspect } from 'node:util';
import type { Logger } from '@ucaas/core';

/** A logger that keeps every call, with its details rendered by `util.inspect` at depth 10. */
export interface RecordingLogger extends Logger {
  readonly lines: string[];
  /** How many calls each level received. */
  readonly counts: Record<keyof Logger, number>;
}

export function createRecordingLogger(): RecordingLogger {
  const lines: string[] = [];
  const counts = { debug: 0, info: 0, warn: 0, error: 0 };
  const record =
    (level: keyof Logger) =>
    (message: string, details?: Record<string, unknown>): void => {
      counts[level]++;
      lines.push(`${level} ${message} ${inspect(details, { depth: 10, showHidden: true })}`);
      try {
        lines.push(JSON.stringify(details) ?? '');
      } catch {
        // A cycle in the details: the inspect rendering above already covers them.
      }
    };

  return {
    lines,
    counts,
    debug: record('debug'),
    info: record('info'),
    warn: record('warn'),
    error: record('error'),
  };
}

/**
 * Records what the process prints while it runs: `process.stdout.write`, `process.stderr.write`
 * and every `console` method (which vitest intercepts before they reach the streams). The output
 * still goes through, so a failing run stays readable.
 */
export function captureOutput() {
  const chunks: string[] = [];
  const restores: Array<() => void> = [];

  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write;
    stream.write = function write(this: typeof stream, chunk: unknown, ...rest: unknown[]) {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString());

      return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof stream.write;
    restores.push(() => {
      stream.write = original;
    });
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      chunks.push(args.map((arg) => inspect(arg, { depth: 10 })).join(' '));
      original.apply(console, args);
    };
    restores.push(() => {
      console[method] = original;
    });
  }

  return {
    text: () => chunks.join('\n'),
    restore: () => {
      for (const restore of restores.reverse()) restore();
    },
  };
}
