// Checks the tarball a user would install: publint --strict, attw, and no workspace:/catalog:
// range left in the packed package.json. Runs in a package directory (its `lint:pkg` script).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pack, repoRoot, run } from './pack.mjs';

const bin = (name) => join(repoRoot, 'node_modules', '.bin', name);
const destination = mkdtempSync(join(tmpdir(), 'ucaas-pack-'));

try {
  const tarball = pack(process.cwd(), destination);
  const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']));

  const unresolved = ['dependencies', 'peerDependencies', 'optionalDependencies']
    .flatMap((field) => Object.entries(manifest[field] ?? {}))
    .filter(([, range]) => /^(workspace|catalog):/.test(range));
  if (unresolved.length > 0) {
    throw new Error(
      `${manifest.name}: the packed package.json still has unresolved ranges: ` +
        unresolved.map(([dep, range]) => `${dep}@${range}`).join(', '),
    );
  }

  run(bin('publint'), ['run', tarball, '--strict'], { stdio: 'inherit' });
  run(bin('attw'), [tarball, '--format', 'table-flipped'], { stdio: 'inherit' });
  console.log(
    `${manifest.name}@${manifest.version}: tarball passes publint, attw and range checks`,
  );
} catch (error) {
  // The tools above already printed their findings; a stack trace would only bury them.
  console.error(`lint:pkg failed: ${error.message.split('\n')[0]}`);
  process.exitCode = 1;
} finally {
  rmSync(destination, { recursive: true, force: true });
}
