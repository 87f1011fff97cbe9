/**
 * The package's public subpaths, in dependency order. The build (tsup.config.ts), the packaging
 * tests and the API docs all read this list, so adding a module is one line here plus its
 * `exports` entry in package.json (a packaging test fails until both agree).
 */
export const MODULES = [
  'models',
  'reference',
  'stats',
  'scaling',
  'usage',
  'longitudinal',
  'measures',
  'io',
  'synthetic',
] as const;
