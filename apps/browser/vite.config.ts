import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs, so that the page works wherever it is served from.
  base: './',
  // The API URL comes from config.json at run time, so no env variable is read at build time.
  envPrefix: 'UCAAS_DEMO_PUBLIC_',
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
