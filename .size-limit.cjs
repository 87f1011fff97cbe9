// Size budgets per public entry: the ESM file from dist/ bundled with esbuild and everything it
// imports (chunks and dependencies, minified, brotli-compressed as size-limit reports by default),
// except the peer dependency zod, which the user's app already has. Budgets sit about 10 % above
// the sizes measured when they were set; the README's "Bundle size" table has them, and
// tests/size/size-limit.test.ts runs `size-limit --json` and fails on any entry over budget.
const ENTRIES = {
  models: '12.7 kB',
  reference: '16.0 kB',
  stats: '16.5 kB',
  scaling: '7.5 kB',
  usage: '7.5 kB',
  longitudinal: '21.0 kB',
  measures: '17.9 kB',
  io: '9.2 kB',
  synthetic: '23.3 kB',
  disclosure: '5.2 kB', // measured 4.7 kB (rules, presets, protectTable with the hypercube search)
  admin: '27.5 kB', // measured 25.0 kB (saxes, the census reader and its CSV layout, indicators, synthetic census)
  impact: '17.3 kB', // measured 15.7 kB (DiD, TWFE, event study, group-time effects, matching)
  costs: '17.4 kB', // measured 15.8 kB (diaries, unit costs, summaries, bootstrap, cost-effectiveness)
  qualitative: '43.5 kB', // measured 39.8 kB (saxes 7.2, fflate's Inflate 2.0, longitudinal's compareWaves 10.8)
  charts: '11.7 kB', // measured 10.6 kB (plain Vega-Lite specs, no runtime dependency)
};

module.exports = [
  ...Object.entries(ENTRIES).map(([name, limit]) => ({
    name: `sos-eval/${name}`,
    path: `dist/${name}/index.js`,
    import: '*',
    ignore: ['zod'],
    limit,
  })),
  { name: 'sos-eval', path: 'dist/index.js', import: '*', ignore: ['zod'], limit: '106.0 kB' },
];
