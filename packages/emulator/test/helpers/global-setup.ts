// The README's vitest globalSetup example, run for real by this package's own tests.
import type { TestProject } from 'vitest/node';
import { createEmulator } from '../../src/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    ucaasBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const emulator = createEmulator();
  const baseUrl = await emulator.listen({ port: 0 });
  project.provide('ucaasBaseUrl', baseUrl);

  return () => emulator.close();
}
