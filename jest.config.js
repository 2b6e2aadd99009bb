// One jest run for the whole monorepo: unit specs, integration specs against the real
// PostgreSQL and Redis, and end-to-end specs in headless Chromium.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@noble|@scure|@otplib|otplib|openid-client|oauth4webapi|jose)/)'],
  moduleNameMapper: {
    '^@act/domain$': '<rootDir>/packages/domain/src/index.ts',
    '^@act/db$': '<rootDir>/packages/db/src/index.ts',
    '^@act/db/testing$': '<rootDir>/packages/db/src/testing/index.ts',
  },
  rootDir: __dirname,
  testEnvironment: 'node',
};
module.exports = {
  // testTimeout is a global option: set inside a project it is ignored and jest's 5 s default
  // applies, which a loaded 2-core machine exceeds in the integration and e2e suites.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,packages}/*/src/**/*.spec.ts', '<rootDir>/infra/test/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,packages}/*/src/**/*.int-spec.ts', '<rootDir>/infra/test/**/*.int-spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
    },
  ],
};
