import { definePackageBuild } from '../../tooling/tsup.base.ts';

export default definePackageBuild({ entry: ['src/index.ts', 'src/cli.ts'], platform: 'node' });
