import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../_support/run.js';

// The layering rule of eslint.config.js (part of `npm run lint`): modules import only the layers
// below them, and an _-prefixed file only from its own folder.

const lint = async (file: string, code: string): Promise<string[]> => {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message.replace(/^.*pattern\. /, ''));
};

describe('layering lint rule', () => {
  it('models imports no other module', async () => {
    expect(
      await lint('src/models/probe.ts', "export { x } from '../reference/index.js';\n"),
    ).toEqual([
      'models may import only _lib (modules depend downwards; see CONTRIBUTING "Layout and style").',
    ]);
  });

  it('an analysis may import models, stats and _lib, not reference or a sibling', async () => {
    const ok =
      "export { a } from '../models/index.js';\nexport { b } from '../stats/index.js';\nexport { c } from '../_lib/args.js';\n";
    expect(await lint('src/usage/probe.ts', ok)).toEqual([]);
    expect(
      await lint('src/usage/probe.ts', "export { x } from '../reference/index.js';\n"),
    ).toHaveLength(1);
    expect(
      await lint('src/usage/probe.ts', "export { x } from '../longitudinal/index.js';\n"),
    ).toHaveLength(1);
  });

  it('an _-prefixed file is private to its folder', async () => {
    expect(await lint('src/usage/probe.ts', "export { x } from './_tally-builder.js';\n")).toEqual(
      [],
    );
    expect(await lint('src/usage/probe.ts', "export { x } from '../stats/_t-test.js';\n")).toEqual([
      'an _-prefixed file is private to its folder; import what its module exports instead.',
    ]);
  });

  it('tests import the package by its public names', async () => {
    expect(
      await lint('tests/usage/probe.test.ts', "export { x } from '../../src/usage/index.js';\n"),
    ).toEqual(["import 'sos-eval/<module>' in tests, not the source files."]);
  });
});
