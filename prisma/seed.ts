// `npm run db:seed` (also `prisma db seed`): loads the headline employers of the taxonomy and
// their aliases from libs/taxonomy/data/employers.json. Upserts only, so it is safe to run
// again, and concurrently, and after crawls have already created some of these employers.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { z } from 'zod';
import { loadConfigOrExit } from '@app/config';
import { PrismaService, type PrismaClient } from '@app/db';
import { employerKey } from '@app/taxonomy';

export const EMPLOYERS_FILE = path.join(__dirname, '..', 'libs', 'taxonomy', 'data', 'employers.json');

const name = z.string().trim().min(1).max(300);
const entrySchema = z.object({
  canonical: name,
  aliases: z.array(name),
  // Misspellings seen in the wild match the employer like any alias.
  misspellings: z.array(name).optional(),
  lookalikes: z.array(name),
});
export type EmployerEntry = z.infer<typeof entrySchema>;

export interface SeedResult {
  readonly employers: number;
  readonly aliases: number;
  readonly lookalikes: number;
}

/** Validates the employers file; every problem is reported with the entry it is in. */
export function parseEmployerEntries(json: unknown): EmployerEntry[] {
  const parsed = z.array(entrySchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`employers file: at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const keys = new Map<string, string>();
  for (const entry of parsed.data) {
    const key = employerKey(entry.canonical);
    if (!key) throw new Error(`employers file: "${entry.canonical}" has an empty employer key`);
    const clash = keys.get(key);
    if (clash) throw new Error(`employers file: "${entry.canonical}" and "${clash}" have the same key "${key}"`);
    keys.set(key, entry.canonical);
    const matching = new Set([...entry.aliases, ...(entry.misspellings ?? [])]);
    const both = entry.lookalikes.find((l) => matching.has(l));
    if (both) throw new Error(`employers file: "${both}" is both an alias and a look-alike of ${entry.canonical}`);
  }
  return parsed.data;
}

export async function seedEmployers(prisma: PrismaClient, entries: readonly EmployerEntry[]): Promise<SeedResult> {
  let aliases = 0;
  let lookalikes = 0;
  for (const entry of entries) {
    const key = employerKey(entry.canonical);
    // Upsert on the key (Prisma turns it into INSERT ... ON CONFLICT): an employer a crawl
    // created earlier under the same key becomes the canonical one instead of a duplicate.
    const employer = await prisma.employer.upsert({
      where: { key },
      create: { key, displayName: entry.canonical, canonical: entry.canonical },
      update: { displayName: entry.canonical, canonical: entry.canonical },
    });
    const matching = [...new Set([...entry.aliases, ...(entry.misspellings ?? [])])];
    const lookalike = [...new Set(entry.lookalikes)];
    await prisma.$transaction([
      prisma.employerAlias.createMany({
        data: [
          ...matching.map((alias) => ({ employerId: employer.id, alias, lookalike: false })),
          ...lookalike.map((alias) => ({ employerId: employer.id, alias, lookalike: true })),
        ],
        skipDuplicates: true,
      }),
      // A string that moved between the lists in the file moves in the database too.
      prisma.employerAlias.updateMany({
        where: { employerId: employer.id, alias: { in: matching }, lookalike: true },
        data: { lookalike: false },
      }),
      prisma.employerAlias.updateMany({
        where: { employerId: employer.id, alias: { in: lookalike }, lookalike: false },
        data: { lookalike: true },
      }),
    ]);
    aliases += matching.length;
    lookalikes += lookalike.length;
  }
  return { employers: entries.length, aliases, lookalikes };
}

export async function loadEmployerEntries(file: string = EMPLOYERS_FILE): Promise<EmployerEntry[]> {
  return parseEmployerEntries(JSON.parse(await readFile(file, 'utf8')));
}

async function main(): Promise<void> {
  const prisma = new PrismaService(loadConfigOrExit());
  try {
    await prisma.onModuleInit();
    const result = await seedEmployers(prisma, await loadEmployerEntries(process.argv[2]));
    console.log(`Seeded ${result.employers} employers, ${result.aliases} aliases, ${result.lookalikes} look-alikes`);
  } catch (err) {
    console.error(`db:seed failed: ${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    await prisma.onModuleDestroy();
  }
}

if (require.main === module) void main();
