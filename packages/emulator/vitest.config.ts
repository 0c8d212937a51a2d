import { defineTestConfig } from '../../tooling/vitest/shared.ts';

export default defineTestConfig({ test: { globalSetup: ['test/helpers/global-setup.ts'] } });
