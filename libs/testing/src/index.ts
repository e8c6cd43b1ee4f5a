export {
  createTestDatabase,
  prepareTestTemplate,
  dropStaleTestDatabases,
  migrationsFingerprint,
  TEST_TEMPLATE_DATABASE,
  type TestDatabase,
  type TestDatabaseOptions,
} from './test-database';
export { createTestQueuePrefix, deleteTestQueueKeys } from './test-queue';
export { parsePrismaSchema, type PrismaSchema, type PrismaModel, type PrismaField, type PrismaEnum } from './schema-agreement/prisma-schema-parser';
export { readDatabaseSchema, type DatabaseSchema } from './schema-agreement/database-schema-reader';
export { compareSchemaWithDatabase, type AllowedExtras } from './schema-agreement/schema-agreement';
