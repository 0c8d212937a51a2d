import { check } from './check.js';

/** The longest delay `setTimeout` supports; a longer one would fire at once. */
const MAX_TIMEOUT = 2_147_483_647;

/** Checks a timeout option: milliseconds up to about 24.8 days, or `false` for none. */
export function checkTimeout(
  name: string,
  value: number | false | undefined,
  fallback: number | false,
): number | false {
  const timeout = value ?? fallback;
  check(
    // `timeout === +timeout` refuses strings such as '1000', which `>` would compare as numbers.
    timeout === false || (timeout === +timeout && timeout > 0 && timeout <= MAX_TIMEOUT),
    `\`${name}\` must be 1 to ${MAX_TIMEOUT} ms or false`,
    RangeError,
  );

  return timeout;
}
