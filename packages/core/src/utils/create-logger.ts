import type { Logger } from '../types/logger.js';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const noop = () => {};

/**
 * Fills a partial logger with no-ops. Methods are bound, so a logger class that relies on `this`
 * (pino, winston) keeps working.
 */
export function createLogger(logger: Partial<Logger> = {}): Logger {
  return Object.fromEntries(
    LEVELS.map((level) => [level, logger[level]?.bind(logger) ?? noop]),
  ) as unknown as Logger;
}
