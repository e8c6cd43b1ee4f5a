import type { DatabaseSchema } from './database-schema-reader';
import { parsePrismaSchema } from './prisma-schema-parser';
import { compareSchemaWithDatabase } from './schema-agreement';

const SCHEMA = parsePrismaSchema(`
enum Status {
  open
  closed
}

model Owner {
  id    String @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  email String @unique
  boxes Box[]
  @@map("owners")
}

model Box {
  id        String    @id @default(dbgenerated("gen_random_uuid()")) @db.Uuid
  ownerId   String?   @map("owner_id") @db.Uuid
  owner     Owner?    @relation(fields: [ownerId], references: [id])
  price     Decimal   @db.Decimal(14, 2)
  status    Status    @default(open)
  tags      String[]
  errors    Json      @default("[]")
  createdAt DateTime  @default(now()) @map("created_at") @db.Timestamptz(3)
  @@index([status, createdAt(sort: Desc)])
  @@map("boxes")
}
`);

/** The database `prisma migrate` would make of SCHEMA. */
function matchingDatabase(): DatabaseSchema {
  const col = (type: string, nullable: boolean, def: string | null = null) => ({ type, nullable, default: def, generated: false });
  return {
    enums: { Status: ['open', 'closed'] },
    tables: {
      owners: {
        columns: { id: col('uuid', false, 'gen_random_uuid()'), email: col('text', false) },
        indexes: [
          { name: 'owners_pkey', columns: ['id'], unique: true, primary: true, partial: false, method: 'btree' },
          { name: 'owners_email_key', columns: ['email'], unique: true, primary: false, partial: false, method: 'btree' },
        ],
        foreignKeys: [],
      },
      boxes: {
        columns: {
          id: col('uuid', false, 'gen_random_uuid()'),
          owner_id: col('uuid', true),
          price: col('numeric(14,2)', false),
          status: col('enum:Status', false, `'open'::"Status"`),
          tags: col('text[]', true),
          errors: col('jsonb', false, `'[]'::jsonb`),
          created_at: col('timestamp(3) with time zone', false, 'CURRENT_TIMESTAMP'),
        },
        indexes: [
          { name: 'boxes_pkey', columns: ['id'], unique: true, primary: true, partial: false, method: 'btree' },
          {
            name: 'boxes_status_created_at_idx',
            columns: ['status', 'created_at DESC'],
            unique: false,
            primary: false,
            partial: false,
            method: 'btree',
          },
        ],
        foreignKeys: [
          {
            name: 'boxes_owner_id_fkey',
            columns: ['owner_id'],
            referencedTable: 'owners',
            referencedColumns: ['id'],
            onDelete: 'SetNull',
            onUpdate: 'Cascade',
          },
        ],
      },
    },
  };
}

describe('compareSchemaWithDatabase', () => {
  it('finds nothing to report when the database is what Prisma would make', () => {
    expect(compareSchemaWithDatabase(SCHEMA, matchingDatabase())).toEqual([]);
  });

  it('reports wrong types, nullability and defaults by table and column', () => {
    const db = matchingDatabase();
    const boxes = db.tables.boxes.columns as Record<string, DatabaseSchema['tables'][string]['columns'][string]>;
    boxes.price = { ...boxes.price, type: 'numeric(10,2)' };
    boxes.created_at = { ...boxes.created_at, type: 'timestamp(3) without time zone', default: null };
    boxes.owner_id = { ...boxes.owner_id, nullable: false };

    expect(compareSchemaWithDatabase(SCHEMA, db)).toEqual([
      'boxes.owner_id: expected uuid NULL, found uuid NOT NULL',
      'boxes.price: expected numeric(14,2) NOT NULL, found numeric(10,2) NOT NULL',
      'boxes.created_at: expected timestamp(3) with time zone NOT NULL, found timestamp(3) without time zone NOT NULL',
      'boxes.created_at: expected default CURRENT_TIMESTAMP, found (none)',
    ]);
  });

  it('reports missing tables, enum value order, index sort order and foreign key actions', () => {
    const db = matchingDatabase();
    const { owners, ...rest } = db.tables;
    void owners;
    const drifted: DatabaseSchema = {
      enums: { Status: ['closed', 'open'] },
      tables: {
        ...rest,
        boxes: {
          ...rest.boxes,
          indexes: rest.boxes.indexes.map((i) => (i.primary ? i : { ...i, columns: ['status', 'created_at'] })),
          foreignKeys: rest.boxes.foreignKeys.map((fk) => ({ ...fk, onDelete: 'Cascade' })),
        },
      },
    };

    expect(compareSchemaWithDatabase(SCHEMA, drifted)).toEqual([
      'enum Status: expected values [open, closed], found [closed, open]',
      'table owners (model Owner): missing',
      'boxes.boxes_status_created_at_idx: expected btree index (status, created_at DESC), found btree index (status, created_at)',
      'boxes.boxes_owner_id_fkey: expected (owner_id) → owners(id) on delete SetNull on update Cascade, found (owner_id) → owners(id) on delete Cascade on update Cascade',
    ]);
  });

  it('accepts extra columns, indexes and tables only when they are declared allowed', () => {
    const db = matchingDatabase();
    const boxes = db.tables.boxes;
    const extended: DatabaseSchema = {
      ...db,
      tables: {
        ...db.tables,
        _prisma_migrations: { columns: {}, indexes: [], foreignKeys: [] },
        boxes: {
          ...boxes,
          columns: { ...boxes.columns, search_vector: { type: 'tsvector', nullable: true, default: null, generated: true } },
          indexes: [...boxes.indexes, { name: 'boxes_search_idx', columns: ['search_vector'], unique: false, primary: false, partial: false, method: 'gin' }],
        },
      },
    };

    expect(compareSchemaWithDatabase(SCHEMA, extended)).toEqual([
      'boxes.search_vector: column not in the schema',
      'boxes.boxes_search_idx: index not in the schema',
      'table _prisma_migrations: not in the schema',
    ]);
    expect(
      compareSchemaWithDatabase(SCHEMA, extended, {
        tables: ['_prisma_migrations'],
        columns: ['boxes.search_vector'],
        indexes: ['boxes_search_idx'],
      }),
    ).toEqual([]);
  });
});
