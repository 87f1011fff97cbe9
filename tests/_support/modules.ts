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
  'disclosure',
  'admin',
  'impact',
  'costs',
  'qualitative',
  'charts',
] as const;

/**
 * The modules the root entry (`sos-eval`) re-exports. Modules with a third-party dependency of
 * their own (the CIN census reader's XML parser, REFI-QDA's zip reader) stay behind their subpath
 * so that importing the root never pulls them in.
 */
export const ROOT_MODULES = MODULES.filter((m) => m !== 'admin' && m !== 'qualitative');

/** The runtime dependencies only the subpath-only modules use (so the root and its browser bundle leave them out). */
export const SUBPATH_ONLY_DEPENDENCIES = ['saxes', 'fflate'] as const;
