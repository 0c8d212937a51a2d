/**
 * Where the SDK reports what it does. Every method is optional in what callers pass: the client
 * fills the missing ones with no-ops, so the SDK stays silent unless you hand it a logger.
 *
 * @example
 * ```ts
 * createClient({ logger: console });
 * createClient({ logger: { warn: (message, details) => myLogger.warn(details, message) } });
 * ```
 */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}
