import { defineTestConfig } from '../../tooling/vitest/shared.ts';

export default defineTestConfig({
  test: {
    // Each file in a child process of its own, with `global.gc` for the heap checks.
    pool: 'forks',
    execArgv: ['--expose-gc'],
    // One file at a time: the soak and the memory check measure heap and sockets, and must not
    // share the machine's two cores with another heavy file.
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
