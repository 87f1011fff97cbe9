import fc from 'fast-check';

// `npm run fuzz` runs every property test many more times than `npm test` does, to find the rare
// counterexamples a default run of 100 cases can miss (and that would otherwise surface in CI).
fc.configureGlobal({ numRuns: Number(process.env.FUZZ_RUNS ?? 5000) });
