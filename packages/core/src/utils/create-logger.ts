import type { Logger } from '../types/logger.js';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const noop = () => {};

/**
 * Fills a partial logger with no-ops. Methods are bound, so a logger class that relies on `this`
 * (pino, winston) keeps working.
 */
export function createLogger(logger: Partial<Logger> = {}): Logger {
  if (typeof logger !== 'object' || logger === null) {
    throw new TypeError('`logger` must be an object with debug, info, warn and error methods');
  }

  return Object.fromEntries(
    LEVELS.map((level) => [level, logger[level]?.bind(logger) ?? noop]),
  ) as unknown as Logger;
}
