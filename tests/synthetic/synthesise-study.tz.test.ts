// A study's synthetic dataset must be byte-identical whatever the machine's time zone: compare
// what this zone makes with what a child process makes under UTC. The study has a wave without
// fieldwork (dates counted from the referral) and windows across a leap day and the turn of the
// year, where a local-time calendar would slip.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { defineStudy } from 'sos-eval/models';
import { synthesiseStudy } from 'sos-eval/synthetic';

const root = fileURLToPath(new URL('../../', import.meta.url));

const DEFINITION = {
  id: 'tz-study',
  title: 'Time zones',
  pilots: [
    { id: 'apia', name: 'Apia' },
    { id: 'sydney', name: 'Sydney' },
  ],
  cohorts: [
    { id: 'winter', referrals: { start: '2011-12-01', end: '2012-02-29' } },
    { id: 'spring', referrals: { start: '2012-03-01', end: '2012-05-31' } },
  ],
  waves: [
    { id: 'first', label: 'First', fieldwork: { start: '2012-06-01', end: '2012-12-31' } },
    { id: 'second', label: 'Second' },
    { id: 'third', label: 'Third', fieldwork: { start: '2013-10-01', end: '2014-03-31' } },
  ],
  tools: [{ id: 'mapping', name: 'Mapping' }],
  measures: ['lsns-6'],
};

it(`same study dataset under TZ=${process.env.TZ} as under UTC`, () => {
  const script = `import { defineStudy } from './src/models/index.ts'; import { synthesiseStudy } from './src/synthetic/index.ts'; const study = defineStudy(JSON.parse(process.env.STUDY)); process.stdout.write(JSON.stringify(synthesiseStudy(study, { seed: 99 })));`;
  const underUtc = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: root,
      env: { ...process.env, TZ: 'UTC', STUDY: JSON.stringify(DEFINITION) },
      maxBuffer: 64 * 1024 * 1024,
    },
  ).toString();
  expect(JSON.stringify(synthesiseStudy(defineStudy(DEFINITION), { seed: 99 }))).toBe(underUtc);
}, 60_000);
