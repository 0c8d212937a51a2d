// Scaffolds packages/<name> with the house layout. Usage: node tooling/scripts/new-package.mjs <name> "<description>"
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [name, description] = process.argv.slice(2);
if (!name || !description) {
  console.error('Usage: node tooling/scripts/new-package.mjs <name> "<description>"');
  process.exit(1);
}

const dir = join('packages', name);
if (existsSync(dir)) {
  console.error(`${dir} already exists`);
  process.exit(1);
}
mkdirSync(join(dir, 'src'), { recursive: true });
mkdirSync(join(dir, 'test'), { recursive: true });

const manifest = {
  name: `@ucaas/${name}`,
  version: '0.0.0',
  description,
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  repository: { type: 'git', url: 'git+https://github.com/ucaas/ucaas-sdk.git', directory: dir },
  engines: { node: '>=20.19' },
  exports: {
    '.': {
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    },
    './package.json': './package.json',
  },
  main: './dist/index.cjs',
  module: './dist/index.js',
  types: './dist/index.d.cts',
  files: ['dist'],
  publishConfig: { access: 'public' },
  scripts: {
    build: 'tsup',
    typecheck: 'tsc --noEmit',
    test: 'vitest run',
    'lint:pkg': 'node ../../tooling/scripts/check-package.mjs',
    'test:consumer': 'node ../../tooling/scripts/check-consumer.mjs',
  },
  dependencies: {},
  devDependencies: {
    '@types/node': 'catalog:',
    tsup: 'catalog:',
    typescript: 'catalog:',
    vitest: 'catalog:',
  },
};

const write = (file, text) => writeFileSync(join(dir, file), text);
write('package.json', `${JSON.stringify(manifest, null, 2)}\n`);
write(
  'tsconfig.json',
  `${JSON.stringify({ extends: '../../tsconfig.base.json', include: ['src', 'test', '*.ts'] }, null, 2)}\n`,
);
write(
  'tsup.config.ts',
  "import { definePackageBuild } from '../../tooling/tsup.base.ts';\n\nexport default definePackageBuild();\n",
);
write(
  'vitest.config.ts',
  "import { defineTestConfig } from '../../tooling/vitest/shared.ts';\n\nexport default defineTestConfig();\n",
);
write('src/index.ts', 'export {};\n');
write('README.md', `# @ucaas/${name}\n\n${description}\n`);
copyFileSync('LICENSE', join(dir, 'LICENSE'));
// JSON.stringify's layout is not Biome's: format once here rather than fail the test command.
execFileSync(join('node_modules', '.bin', 'biome'), ['format', '--write', dir], {
  stdio: 'ignore',
});
console.log(`Created ${dir}`);
