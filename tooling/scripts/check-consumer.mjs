// Installs the package's tarball (and the tarballs of the workspace packages it depends on) into an
// empty project outside the workspace, then checks it the way users consume it: `import` and
// `require` on this Node, and TypeScript projects with node16 (ESM and CJS) and bundler resolution.
// Runs in a package directory (its `test:consumer` script).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pack, repoRoot, run, runtimeClosure } from './pack.mjs';

const { name } = JSON.parse(readFileSync('package.json', 'utf8'));
const project = mkdtempSync(join(tmpdir(), 'ucaas-consumer-'));
const write = (file, text) => {
  mkdirSync(join(project, file, '..'), { recursive: true });
  writeFileSync(join(project, file), text);
};

try {
  const tarballs = runtimeClosure(name).map(({ dir }) => pack(dir, project));
  write('package.json', JSON.stringify({ name: 'consumer', private: true }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs], {
    cwd: project,
  });

  // 1. Both module systems load the package and agree on its exports.
  write(
    'esm.mjs',
    `import * as pkg from '${name}';\nconsole.log(JSON.stringify(Object.keys(pkg).sort()));\n`,
  );
  write('cjs.cjs', `console.log(JSON.stringify(Object.keys(require('${name}')).sort()));\n`);
  const esmNames = JSON.parse(run(process.execPath, ['esm.mjs'], { cwd: project }));
  const cjsNames = JSON.parse(run(process.execPath, ['cjs.cjs'], { cwd: project }));
  if (esmNames.length === 0) throw new Error(`${name}: the ESM entry exports nothing`);
  if (JSON.stringify(esmNames) !== JSON.stringify(cjsNames)) {
    throw new Error(`${name}: ESM exports ${esmNames} differ from CJS exports ${cjsNames}`);
  }

  // 2. The declarations describe every runtime export, under each resolution mode users have.
  const uses = `import * as pkg from '${name}';\nexport const names: Array<keyof typeof pkg> = ${JSON.stringify(esmNames)};\n`;
  const projects = {
    'node16-esm': { module: 'node16', moduleResolution: 'node16', file: 'index.mts' },
    'node16-cjs': { module: 'node16', moduleResolution: 'node16', file: 'index.cts' },
    bundler: { module: 'esnext', moduleResolution: 'bundler', file: 'index.ts' },
  };
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const [mode, { module, moduleResolution, file }] of Object.entries(projects)) {
    write(`${mode}/${file}`, uses);
    const compilerOptions = {
      module,
      moduleResolution,
      target: 'es2022',
      lib: ['es2022', 'dom'],
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
    };
    write(`${mode}/tsconfig.json`, JSON.stringify({ compilerOptions, files: [file] }, null, 2));
    try {
      run(process.execPath, [tsc, '-p', join(project, mode)], { cwd: project });
    } catch (error) {
      throw new Error(
        `${name}: the ${mode} TypeScript consumer fails to type-check:\n${error.stdout}`,
      );
    }
  }

  console.log(
    `${name}: import and require agree on ${esmNames.length} exports; node16 ESM, node16 CJS and bundler type-check`,
  );
} catch (error) {
  console.error(`test:consumer failed: ${error.message}`);
  if (error.stderr) console.error(String(error.stderr));
  process.exitCode = 1;
} finally {
  rmSync(project, { recursive: true, force: true });
}
