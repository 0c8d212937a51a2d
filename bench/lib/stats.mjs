/**
 * The statistics every section shares. Medians and percentiles are taken on sorted copies, so the
 * samples keep their order (rounds stay paired with each other).
 */

/**
 * The `p`-th percentile (0..100) by the nearest-rank method, which never invents a value that was
 * not measured.
 *
 * @param {number[]} samples
 * @param {number} p
 */
export function percentile(samples, p) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);

  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
}

/** @param {number[]} samples */
export function median(samples) {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;

  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The contenders of round `round` in a rotated order, so each one runs first, last and in between
 * equally often. By default every other round also runs backwards, so that no contender always
 * follows the same neighbour (and its garbage); `{ reverse: false }` keeps a plain rotation,
 * which puts each of n items in each position once every n rounds.
 *
 * @template T
 * @param {T[]} items
 * @param {number} round
 * @param {{ reverse?: boolean }} [options]
 */
export function rotate(items, round, { reverse = true } = {}) {
  const shift = round % items.length;
  const rotated = [...items.slice(shift), ...items.slice(0, shift)];

  return reverse && round % 2 ? rotated.reverse() : rotated;
}

/**
 * Medians of the per-round ratios `numerator[i] / denominator[i]`. Pairing by round cancels most
 * of the drift of a shared machine (another process taking a core for a few seconds).
 *
 * @param {number[]} numerator
 * @param {number[]} denominator
 */
export function pairedRatio(numerator, denominator) {
  return median(perRound(numerator, denominator));
}

/** The ratio of each round. @param {number[]} numerator @param {number[]} denominator */
function perRound(numerator, denominator) {
  return numerator.map((value, i) => value / denominator[i]);
}

/**
 * The middle half of the per-round ratios (first and third quartiles, nearest rank from each end),
 * which shows how much single rounds vary around a {@link pairedRatio}. It is not a confidence
 * interval for that median. Undefined with fewer than four rounds, where it would be the extremes.
 *
 * @param {number[]} numerator
 * @param {number[]} denominator
 * @returns {[number, number] | undefined}
 */
export function pairedRatioSpread(numerator, denominator) {
  if (numerator.length < 4) return undefined;
  const sorted = perRound(numerator, denominator).sort((a, b) => a - b);
  const quarter = Math.ceil(sorted.length / 4);

  return [sorted[quarter - 1], sorted[sorted.length - quarter]];
}
