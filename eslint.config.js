import tseslint from 'typescript-eslint';

// The pure domain folders run in Node, in workers and in the extension alike (DESIGN.md):
// they must not reach for browser globals. Browser adapters live in utils/ext/.
const PURE_FOLDERS = [
  'utils/model/**',
  'utils/parse/**',
  'utils/sites/**',
  'utils/link/**',
  'utils/anchor/**',
  'utils/sync/**',
  'utils/pdf/**',
];
const BROWSER_GLOBALS = [
  'browser',
  'chrome',
  'indexedDB',
  'window',
  'document',
  'localStorage',
  'navigator',
  'location',
  'fetch',
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'artifacts/**', 'bench/**', 'demo/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: PURE_FOLDERS,
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({
          name,
          message: `Pure code: pass ${name} in, or move this to utils/ext/.`,
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['wxt/*', 'wxt', 'webextension-polyfill', 'idb', '*/ext/*', '../ext/*'],
              message: 'Pure code must not import browser adapters.',
            },
          ],
        },
      ],
    },
  },
);
