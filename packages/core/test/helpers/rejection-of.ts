import type { UcaasError } from '../../src/index.js';

/** The error a promise rejects with; fails the test if it resolves instead. */
export async function rejectionOf(
  promise: Promise<unknown>,
): Promise<UcaasError & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as UcaasError & Record<string, unknown>;
  }

  throw new Error('expected the promise to reject, but it resolved');
}
