// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import checkFile from 'eslint-plugin-check-file';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const clockMessage =
  'Read time only through the clock service (src/clock): inject `now` or use useNow(). ' +
  'Timers live in src/clock so the page has one.';

const featureNames = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Dependencies point inward: features → queries → db → sla (clock beside them). */
const layerZones = [
  {
    target: './src/sla',
    from: './src',
    except: ['./sla'],
    message: 'src/sla is pure: it imports nothing else of the app.',
  },
  {
    target: './src/db',
    from: [
      './src/queries',
      './src/features',
      './src/widgets',
      './src/app',
      './src/shared',
      './src/clock',
    ],
    message: 'src/db sits under the queries layer.',
  },
  {
    target: './src/queries',
    from: ['./src/features', './src/widgets', './src/app', './src/shared'],
    message: 'queries must not import features or app.',
  },
  {
    target: './src/clock',
    from: [
      './src/sla',
      './src/db',
      './src/queries',
      './src/features',
      './src/widgets',
      './src/app',
      './src/shared',
    ],
    message: 'the clock depends on React only.',
  },
  {
    target: './src/shared',
    from: ['./src/db', './src/queries', './src/features', './src/widgets', './src/app'],
    message: 'shared UI must not reach into data or features.',
  },
  {
    target: './src/widgets',
    from: ['./src/db', './src/features', './src/app'],
    message: 'widgets are building blocks for features: they never import a feature, app or db.',
  },
  {
    target: './src/features',
    from: ['./src/db', './src/app'],
    message: 'features talk to data through src/queries, never src/db.',
  },
  ...featureNames.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message:
      'a feature never imports another feature: move what both need to src/widgets or src/shared.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'playwright-report',
      'test-results',
      'bench-results',
      'node_modules',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/clock/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: clockMessage },
        { object: 'performance', property: 'now', message: clockMessage },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: clockMessage },
        { name: 'setInterval', message: clockMessage },
        { name: 'requestAnimationFrame', message: clockMessage },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: clockMessage,
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
      jsxA11y.flatConfigs.recommended,
      ...pluginQuery.configs['flat/recommended'],
    ],
  },
  {
    files: ['src/**/*.ts'],
    extends: [...pluginQuery.configs['flat/recommended']],
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
