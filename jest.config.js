// Jest projects: pure unit tests (shared, functions, infra) and integration tests that talk to a real
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

// @middy/core and jose (the tests' reference JWT signer) ship ES modules only: let swc compile
// them to CommonJS too.
const swcJs = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];
const functionsTransform = { '^.+\\.tsx?$': swc, '^.+\\.m?js$': swcJs };
const functionsTransformIgnore = ['/node_modules/(?!(@middy|jose)/)'];

/** @type {import('jest').Config} */
module.exports = {
  // Integration tests start real services; testTimeout is a global option (ignored per project).
  testTimeout: 30000,
  projects: [
    {
      displayName: 'shared',
      rootDir: '<rootDir>/shared',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': swc },
      testEnvironment: 'node',
    },
    {
      displayName: 'functions-unit',
      rootDir: '<rootDir>/functions',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      transform: functionsTransform,
      transformIgnorePatterns: functionsTransformIgnore,
      testEnvironment: 'node',
    },
    {
      // One DynamoDB Local and one s3rver for the whole run (globalSetup); each test file
      // creates its own table, so files stay independent.
      displayName: 'functions-integration',
      rootDir: '<rootDir>/functions',
      testMatch: ['<rootDir>/test/**/*.int.test.ts'],
      transform: functionsTransform,
      transformIgnorePatterns: functionsTransformIgnore,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
      testTimeout: 30000,
    },
    {
      // The bench's pure parts: write floors, round trips, read overhead, budgets.
      displayName: 'bench',
      rootDir: '<rootDir>/bench',
      testMatch: ['<rootDir>/lib/**/*.test.ts'],
      transform: functionsTransform,
      transformIgnorePatterns: functionsTransformIgnore,
      testEnvironment: 'node',
    },
    {
      // The local stack's own code: the API Gateway emulation of the local API server.
      displayName: 'infra',
      rootDir: '<rootDir>/infra',
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      transform: functionsTransform,
      transformIgnorePatterns: functionsTransformIgnore,
      testEnvironment: 'node',
    },
    {
      displayName: 'miniapp',
      rootDir: '<rootDir>/miniapp',
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
      transform: { '^.+\\.tsx?$': swc },
      testEnvironment: 'jsdom',
      setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/mocks/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/mocks/taroComponents.tsx',
        '\\.(css|scss)$': '<rootDir>/test/mocks/style.ts',
      },
    },
  ],
};
