// ESLint flat config: typescript-eslint's recommended rules plus the type-aware ones that catch real bugs
// in async code (a promise nobody awaits loses its error; a promise passed where a callback returning void
// is expected is never awaited). Formatting is Prettier's job, so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', '.github/**', 'policies/schemas/**', 'test/fixtures/**', 'examples/**/.venv/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['vitest.config.ts'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Tests and emulators handle JSON of unknown shape; `any` there is a choice, not an accident.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Reference coefficients (Kolmogorov, special functions) keep their published digits on purpose.
      'no-loss-of-precision': 'off',
      // Expected CLI transcripts align columns with runs of spaces; `/a  b/` says that better than `/a {2}b/`.
      'no-regex-spaces': 'off',
      // The parsers' and the Kolmogorov recursion's hot loops give every local a value up front, so V8 sees one
      // type per variable from the start; the rule calls those first values useless.
      'no-useless-assignment': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-throw-literal': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    // Node's globals, for the few plain-JavaScript files (bin/, scripts/, examples/).
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'Buffer', 'TextDecoder', 'TextEncoder', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate'].map(
          (name) => [name, 'readonly'],
        ),
      ),
    },
  },
);
