import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { MODULES } from './tests/_support/modules.js';

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

// Doc examples and tests import the package by its public name; point those names at the source.
// Consumer tests (tests/consumers) use the packed tarball instead.
const alias = [
  ...MODULES.map((m) => ({ find: `sos-eval/${m}`, replacement: src(`${m}/index.ts`) })),
  { find: /^sos-eval$/, replacement: src('index.ts') },
];

// Date helpers must not depend on the machine's time zone: *.tz.test.ts files run once per zone.
const ZONES = ['UTC', 'Australia/Sydney', 'America/Sao_Paulo', 'Pacific/Apia'];

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', './tests/_support/closing-line-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [
            'tests/**/*.tz.test.ts',
            'tests/consumers/**',
            'tests/browser/**',
            'tests/notebook/**',
            'tests/size/**',
            '**/node_modules/**',
          ],
        },
      },
      ...ZONES.map((zone) => ({
        extends: true as const,
        test: {
          name: `tz:${zone}`,
          include: ['tests/**/*.tz.test.ts'],
          env: { TZ: zone },
        },
      })),
      // Tests of the built artefacts (dist/): the browser bundle in headless Chromium, the
      // notebook on Deno's Jupyter kernel, size budgets. They share dist/, so run one file at a time.
      {
        extends: true,
        test: {
          name: 'dist',
          include: [
            'tests/browser/**/*.test.ts',
            'tests/notebook/**/*.test.ts',
            'tests/size/**/*.test.ts',
          ],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'consumers',
          include: ['tests/consumers/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
