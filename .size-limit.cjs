// Size budgets per public entry: the ESM file from dist/ bundled with esbuild and everything it
// imports (chunks and dependencies, minified, brotli-compressed as size-limit reports by default),
// except the peer dependency zod, which the user's app already has. Budgets sit about 10 % above
// the sizes measured when they were set; the README's "Bundle size" table has them, and
// tests/size/size-limit.test.ts runs `size-limit --json` and fails on any entry over budget.
const ENTRIES = {
  models: '17.8 kB',
  reference: '3.7 kB',
  stats: '63.8 kB',
  scaling: '13.9 kB',
  usage: '52.6 kB',
  longitudinal: '65.2 kB',
  measures: '26.0 kB',
  io: '21.4 kB',
  synthetic: '13.8 kB',
};

module.exports = [
  ...Object.entries(ENTRIES).map(([name, limit]) => ({
    name: `sos-eval/${name}`,
    path: `dist/${name}/index.js`,
    import: '*',
    ignore: ['zod'],
    limit,
  })),
  { name: 'sos-eval', path: 'dist/index.js', import: '*', ignore: ['zod'], limit: '122.7 kB' },
];
