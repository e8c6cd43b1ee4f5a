// Prisma 7 reads its settings here. The URL is only needed by CLI commands that talk to the
// database (which the engine-less machines cannot run anyway); `generate` works without it.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'node -r @swc-node/register prisma/seed.ts' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/frontline' },
});
