// Browser tests (issue 5): the H5 production build in Chromium against the real local stack.
// Kept out of the root jest.config.js projects so `npx jest` stays quick and browser-free; run
// with `npx jest -c miniapp/e2e/jest.config.js --runInBand` (scripts/test.sh does).
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e.test.ts'],
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
  // One stack and one H5 build for the whole run; each test file makes its own users.
  globalSetup: '<rootDir>/support/globalSetup.ts',
  globalTeardown: '<rootDir>/support/globalTeardown.ts',
  testTimeout: 90_000,
  maxWorkers: 1,
};
