import { defineTestConfig } from '../../tooling/vitest/shared.ts';

export default defineTestConfig();
