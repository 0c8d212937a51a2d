// Packs workspace packages the way `pnpm publish` would (workspace: and catalog: ranges rewritten).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The command that runs the pinned pnpm, whether or not we were started by pnpm itself. */
function pnpmCommand() {
  const execPath = process.env.npm_execpath ?? '';
  if (/pnpm/.test(execPath)) return [process.execPath, [execPath]];

  return ['npx', ['-y', 'pnpm@10.34.9']];
}

export function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: 'pipe', ...options });
}

export function pnpm(args, options) {
  const [command, prefix] = pnpmCommand();

  return run(command, [...prefix, ...args], options);
}

/** Reads the manifests of every package under packages/, keyed by name. */
export function workspacePackages() {
  const packages = new Map();
  for (const entry of readdirSync(join(repoRoot, 'packages'))) {
    const dir = join(repoRoot, 'packages', entry);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    packages.set(manifest.name, { dir, manifest });
  }

  return packages;
}

/** The package itself and every workspace package it needs at run time, dependencies first. */
export function runtimeClosure(name, packages = workspacePackages()) {
  const ordered = [];
  const visit = (current) => {
    if (ordered.includes(current)) return;
    const deps = packages.get(current)?.manifest.dependencies ?? {};
    for (const dep of Object.keys(deps)) if (packages.has(dep)) visit(dep);
    ordered.push(current);
  };
  visit(name);

  return ordered.map((n) => packages.get(n));
}

/** Packs the package in `dir` into `destination` and returns the tarball's path. */
export function pack(dir, destination) {
  const output = pnpm(['pack', '--pack-destination', destination], { cwd: dir });
  const tarball = output
    .trim()
    .split('\n')
    .findLast((line) => line.trim().endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack printed no tarball path in ${dir}:\n${output}`);

  return resolve(dir, tarball.trim());
}
