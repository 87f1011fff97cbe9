// Size budgets per public entry: the ESM file from dist/ bundled with esbuild and everything it
// imports (chunks and dependencies, minified, brotli-compressed as size-limit reports by default),
// except the peer dependency zod, which the user's app already has. Budgets sit about 10 % above
// the sizes measured when they were set; tests/size/SIZES.md has the table, and
// tests/size/size-limit.test.ts runs `size-limit --json` and fails on any entry over budget.
const ENTRIES = {
  models: '17.8 kB',
  reference: '3.7 kB',
  stats: '57.1 kB',
  scaling: '12.7 kB',
  usage: '52.6 kB',
  longitudinal: '58.7 kB',
  measures: '23.4 kB',
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
  { name: 'sos-eval', path: 'dist/index.js', import: '*', ignore: ['zod'], limit: '112.4 kB' },
];
