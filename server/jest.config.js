/** Server tests: ESM jest over ts-jest; integration tests boot the real app on a real PostgreSQL. */
export default {
  testEnvironment: 'node',
  rootDir: 'src',
  testRegex: '.*\\.(int-)?spec\\.ts$',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  globalSetup: '<rootDir>/testing/global-setup.ts',
  globalTeardown: '<rootDir>/testing/global-teardown.ts',
  testTimeout: 60000,
};
