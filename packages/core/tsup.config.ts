import { definePackageBuild } from '../../tooling/tsup.base.ts';

export default definePackageBuild();
