/** Number formatting and Markdown tables for BENCHMARKS.md and the progress lines. */

/** Microseconds from milliseconds, with 1 decimal under 100 µs. @param {number} ms */
export function micros(ms) {
  const us = ms * 1000;

  return `${us < 100 ? us.toFixed(1) : Math.round(us).toLocaleString('en-US')} µs`;
}

/** Milliseconds with 1 decimal under 100 ms. @param {number} ms */
export function millis(ms) {
  return `${ms < 100 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en-US')} ms`;
}

/** Milliseconds with an explicit sign, for differences. @param {number} ms */
export function signedMillis(ms) {
  return `${ms < 0 ? '-' : '+'}${millis(Math.abs(ms))}`;
}

/** `1.23×`. @param {number} ratio */
export function times(ratio) {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a';
}

/**
 * A range of ratios, such as `1.04–1.12×`, or `—` for none.
 *
 * @param {[number, number] | undefined} range
 */
export function spread(range) {
  return range ? `${range[0].toFixed(2)}–${range[1].toFixed(2)}×` : '—';
}

/** `1,234 B (1.21 KB)`, a KB being 1024 bytes as in the size budgets. @param {number} bytes */
export function size(bytes) {
  return `${bytes.toLocaleString('en-US')} B (${(bytes / 1024).toFixed(2)} KB)`;
}

/** @param {number} value */
export function integer(value) {
  return Math.round(value).toLocaleString('en-US');
}

/** `1 round`, `3 rounds`. @param {number} count @param {string} noun */
export function count(count, noun) {
  return `${integer(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** `met` or `not met`, always computed from a measured value. @param {boolean} met */
export function verdict(met) {
  return met ? '**met**' : '**not met**';
}

/**
 * A Markdown table. Columns whose header ends with `:` are right-aligned (the colon is dropped).
 *
 * @param {string[]} headers
 * @param {Array<Array<string | number>>} rows
 */
export function table(headers, rows) {
  const right = headers.map((header) => header.endsWith(':'));
  const names = headers.map((header) => header.replace(/:$/, ''));
  const rule = right.map((isRight) => (isRight ? '---:' : '---'));

  return [names, rule, ...rows.map((row) => row.map(String))]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}
