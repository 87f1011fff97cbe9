import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Property tests only, each run FUZZ_RUNS times (default 5000) instead of fast-check's 100.
// Not part of `npm test`: it is for hunting rare counterexamples before they reach CI.
export default defineConfig({
  resolve: base.resolve,
  test: {
    name: 'fuzz',
    include: ['tests/**/*.test.ts'],
    exclude: [
      'tests/**/*.tz.test.ts',
      'tests/consumers/**',
      'tests/browser/**',
      'tests/notebook/**',
      'tests/size/**',
      'tests/docs/**',
      'tests/readme/**',
      'tests/examples/**',
      '**/node_modules/**',
    ],
    setupFiles: ['./tests/_support/fuzz-setup.ts'],
    testTimeout: 600_000,
  },
});
