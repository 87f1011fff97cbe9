import { defineConfig } from 'tsup';
import { MODULES } from './tests/_support/modules.js';

// One entry per public subpath; tests/packaging checks this list against package.json "exports".
const entry: Record<string, string> = { index: 'src/index.ts' };
for (const name of MODULES) entry[`${name}/index`] = `src/${name}/index.ts`;

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  target: 'es2022',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: false,
  clean: true,
  splitting: true,
  treeshake: true,
  outDir: 'dist',
});
