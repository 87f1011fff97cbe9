import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^fp-ts/(?!lib/)',
              message:
                "fp-ts has no exports map: import from 'fp-ts/lib/X.js' so published ESM runs in node.",
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
