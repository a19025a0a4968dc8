// Jest projects: pure unit tests (shared, functions) and integration tests that talk to a real
// DynamoDB Local started by the project's globalSetup. TypeScript is stripped by swc; types are
// checked separately by `npm run typecheck`.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'shared',
      rootDir: '<rootDir>/shared',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
      testEnvironment: 'node',
    },
  ],
};
