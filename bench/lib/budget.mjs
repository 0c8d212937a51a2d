/**
 * The time share of a section. Rounds stop early once one more round, as long as the longest so
 * far, would end past the share, but never before `minRounds`: so the whole bench stays under its
 * limit on a busy machine and still gives each figure a median of several rounds.
 *
 * @param {number} budgetMs
 * @param {number} minRounds
 */
export function createBudget(budgetMs, minRounds) {
  const deadline = performance.now() + budgetMs;
  let roundStart = performance.now();
  let longest = 0;

  return {
    /** Call after each round with the number of rounds done; true when no further round fits. */
    exhausted(/** @type {number} */ done) {
      const now = performance.now();
      longest = Math.max(longest, now - roundStart);
      roundStart = now;

      return done >= minRounds && now + longest > deadline;
    },
  };
}
