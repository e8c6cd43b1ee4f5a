// One Jest config with a project per test tier, so `jest --selectProjects unit` runs one tier
// and `jest` runs them all. The tiers differ by file suffix (see STYLE.md, "Names").
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const moduleNameMapper = {
  '^@app/(config|db|queue|taxonomy|crawler|postings|testing|health|metrics)$': '<rootDir>/libs/$1/src',
  '^@app/(config|db|queue|taxonomy|crawler|postings|testing|health|metrics)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts,prisma}/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,prisma}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
    },
    {
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/**/*.browser-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/jest-global-setup.ts',
    },
    {
      ...base,
      displayName: 'shared',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.shared-spec.ts'],
    },
  ],
};
