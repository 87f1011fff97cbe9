// The dataset must be byte-identical whatever the machine's time zone: compare what this zone
// makes with what a child process makes under UTC.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { synthesiseEvaluation } from 'sos-eval/synthetic';

const root = fileURLToPath(new URL('../../', import.meta.url));

it(`same dataset under TZ=${process.env.TZ} as under UTC`, () => {
  const script = `import { synthesiseEvaluation } from './src/synthetic/index.ts'; process.stdout.write(JSON.stringify(synthesiseEvaluation({ seed: 99 })));`;
  const underUtc = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      cwd: root,
      env: { ...process.env, TZ: 'UTC' },
      maxBuffer: 64 * 1024 * 1024,
    },
  ).toString();
  expect(JSON.stringify(synthesiseEvaluation({ seed: 99 }))).toBe(underUtc);
}, 60_000);
