import type { RequestLog, RequestLogEntry } from './types/request-log.js';

/** The request log, with the writer side the app uses. */
export interface RequestLogStore extends RequestLog {
  add(entry: Omit<RequestLogEntry, 'id'>): void;
}

/** Keeps the newest `limit` entries, so a long-running CLI does not grow without bound. */
export function createRequestLog(limit: number): RequestLogStore {
  let entries: RequestLogEntry[] = [];
  let nextId = 1;

  return {
    add(entry) {
      entries.push({ id: nextId++, ...entry });
      if (entries.length > limit) entries = entries.slice(entries.length - limit);
    },
    entries: () => entries.map((entry) => ({ ...entry })),
    clear() {
      entries = [];
    },
  };
}
