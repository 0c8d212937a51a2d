import { defineConfig } from 'tsup';

// An app, not a library: one ESM entry for Node, with the @ucaas packages left as imports.
export default defineConfig({
  entry: ['src/main.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: true,
});
