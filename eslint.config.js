import { readdirSync } from 'node:fs';
import { URL } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Layering (docs/DESIGN in CONTRIBUTING): modules depend downwards only. Each module lists the
// modules its files may import; `_lib` is the private toolbox every module may use.
const LAYERS = {
  _lib: [],
  models: ['_lib'],
  stats: ['_lib', 'models'],
  scaling: ['_lib', 'models', 'stats'],
  measures: ['_lib', 'models', 'stats'],
  usage: ['_lib', 'models', 'stats'],
  longitudinal: ['_lib', 'models', 'stats'],
  io: ['_lib', 'models', 'stats'],
  reference: ['_lib', 'models'],
  synthetic: ['_lib', 'models', 'stats', 'scaling', 'measures', 'usage', 'reference'],
  disclosure: ['_lib', 'models', 'stats'],
  admin: ['_lib', 'models', 'stats'],
  impact: ['_lib', 'models', 'stats', 'admin'],
  costs: ['_lib', 'models', 'stats', 'impact'],
  qualitative: ['_lib', 'models', 'stats', 'longitudinal'],
  charts: [
    '_lib',
    'models',
    'stats',
    'scaling',
    'usage',
    'longitudinal',
    'measures',
    'disclosure',
    'admin',
    'impact',
    'costs',
    'qualitative',
  ],
};
const MODULES = Object.keys(LAYERS);
// A new folder in src/ must say where it sits before it can be linted.
const unplaced = readdirSync(new URL('./src/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !MODULES.includes(d.name))
  .map((d) => d.name);
if (unplaced.length > 0)
  throw new Error(`eslint.config.js: add src/${unplaced.join(', src/')} to LAYERS`);

const FP_TS = {
  regex: '^fp-ts/(?!lib/)',
  message: "fp-ts has no exports map: import from 'fp-ts/lib/X.js' so published ESM runs in node.",
};
// A file whose name starts with `_` is private to its folder: `./_x.js` only.
const PRIVATE_FILE = {
  regex: '^\\.\\./(.*/)?_[^/]*$',
  message: 'an _-prefixed file is private to its folder; import what its module exports instead.',
};

const layerRules = MODULES.map((module) => {
  const forbidden = MODULES.filter((m) => m !== module && !LAYERS[module].includes(m));
  return {
    files: [`src/${module}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            FP_TS,
            PRIVATE_FILE,
            ...(forbidden.length === 0
              ? []
              : [
                  {
                    regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
                    message: `${module} may import only ${LAYERS[module].join(', ') || 'nothing outside itself'} (modules depend downwards; see CONTRIBUTING "Layout and style").`,
                  },
                ]),
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'docs/api/**',
      'node_modules/**',
      'coverage/**',
      '**/*.cjs',
      'tests/consumers/fixtures/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { patterns: [FP_TS] }],
    },
  },
  ...layerRules,
  {
    // No spreading into calls in src/: `push(...x)`, `Math.max(...x)`, `fn(...x)` pass every item
    // as an argument on the stack and throw `RangeError: Maximum call stack size exceeded` at
    // around 150,000 items (a wide row, many issues, a long history). Use a loop (issue 13).
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement',
          message:
            'no spread into a call in src/: an unbounded array overflows the stack (~150,000 items); use a loop.',
        },
        {
          selector: 'NewExpression > SpreadElement',
          message:
            'no spread into a constructor in src/: an unbounded array overflows the stack (~150,000 items); use a loop.',
        },
      ],
    },
  },
  {
    // Tests use the package by its public names, as users do (vitest aliases them to src/).
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            FP_TS,
            {
              regex: '^(\\.\\./)+src/',
              message: "import 'sos-eval/<module>' in tests, not the source files.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['examples/**', 'tests/**'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
