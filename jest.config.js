// Jest runs in native ESM mode (NODE_OPTIONS=--experimental-vm-modules) because NestJS 12 is ESM-only.
const moduleNameMapper = {
  '^@app/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@app/persistence$': '<rootDir>/libs/persistence/src/index.ts',
  '^@app/migrations$': '<rootDir>/migrations/index.ts',
  // relative imports are written with .js (nodenext); map them back to the .ts sources
  '^(\\.{1,2}/.*)\\.js$': '$1',
};
const transform = {
  '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
};
// fast-check's seed for every property test: fixed unless FUZZ_SEED says otherwise.
const setupFiles = ['<rootDir>/test/support/fast-check.setup.ts'];
const common = { extensionsToTreatAsEsm: ['.ts'], moduleNameMapper, transform, setupFiles, testEnvironment: 'node' };

export default {
  testTimeout: 120000,
  projects: [
    { ...common, displayName: 'unit', rootDir: '.', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', rootDir: '.', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
