import { configDefaults } from 'vitest/config';
import { defineTestConfig } from '../../tooling/vitest/shared.ts';

// The browser check runs on its own (`test:browser`): it needs Chromium and a fresh build.
export default defineTestConfig({
  test: { exclude: [...configDefaults.exclude, 'test/browser/**'] },
});
