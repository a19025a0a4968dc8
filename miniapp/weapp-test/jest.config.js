// The headless WeChat suite (issue 12): the real weapp production build in a Node vm with
// WeChat's globals only, against the real local stack. Kept out of the root jest projects like
// the e2e suite; run with `npx jest -c miniapp/weapp-test/jest.config.js --runInBand`
// (scripts/test.sh does). One build and one stack for the whole run (globalSetup).
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'weapp',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.weapp.test.ts'],
  transform: { '^.+\\.ts$': swc },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/support/globalSetup.ts',
  globalTeardown: '<rootDir>/support/globalTeardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
};
