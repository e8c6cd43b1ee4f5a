import type { DatabaseSchema, DatabaseTable } from './database-schema-reader';
import type { PrismaField, PrismaIndex, PrismaModel, PrismaSchema } from './prisma-schema-parser';

/** Objects the migrations may add beyond the Prisma schema (what Prisma cannot express). */
export interface AllowedExtras {
  /** `table.column`, e.g. `postings.search_vector`. */
  readonly columns?: readonly string[];
  /** Index names. */
  readonly indexes?: readonly string[];
  /** Tables, e.g. `_prisma_migrations`. */
  readonly tables?: readonly string[];
}

/**
 * Every way the database differs from what `prisma migrate` would have made of the schema,
 * one readable line each ("postings.title: expected text NOT NULL, found text NULL");
 * empty when they agree. Names follow Prisma's defaults: `<table>_pkey`,
 * `<table>_<columns>_key`, `<table>_<columns>_idx`, `<table>_<columns>_fkey`.
 */
export function compareSchemaWithDatabase(schema: PrismaSchema, db: DatabaseSchema, allowed: AllowedExtras = {}): string[] {
  const problems: string[] = [];
  const modelsByName = new Map(schema.models.map((m) => [m.name, m]));
  const enumsByName = new Map(schema.enums.map((e) => [e.name, e]));

  for (const enm of schema.enums) {
    const found = db.enums[enm.dbName];
    if (!found) problems.push(`enum ${enm.dbName}: missing`);
    else if (found.join(',') !== enm.values.join(',')) {
      problems.push(`enum ${enm.dbName}: expected values [${enm.values.join(', ')}], found [${found.join(', ')}]`);
    }
  }
  const enumDbNames = new Set(schema.enums.map((e) => e.dbName));
  for (const name of Object.keys(db.enums)) if (!enumDbNames.has(name)) problems.push(`enum ${name}: not in the schema`);

  for (const model of schema.models) {
    const table = db.tables[model.dbName];
    if (!table) {
      problems.push(`table ${model.dbName} (model ${model.name}): missing`);
      continue;
    }
    problems.push(...compareColumns(model, table, enumsByName, allowed));
    problems.push(...compareIndexes(model, table, allowed));
    problems.push(...compareForeignKeys(model, table, modelsByName));
  }
  const tableNames = new Set(schema.models.map((m) => m.dbName));
  for (const name of Object.keys(db.tables)) {
    if (!tableNames.has(name) && !allowed.tables?.includes(name)) problems.push(`table ${name}: not in the schema`);
  }
  return problems;
}

function compareColumns(
  model: PrismaModel,
  table: DatabaseTable,
  enums: Map<string, { dbName: string }>,
  allowed: AllowedExtras,
): string[] {
  const problems: string[] = [];
  const scalars = model.fields.filter((f) => f.kind !== 'object');
  for (const field of scalars) {
    const where = `${model.dbName}.${field.columnName}`;
    const column = table.columns[field.columnName];
    if (!column) {
      problems.push(`${where} (${model.name}.${field.name}): missing`);
      continue;
    }
    const enumName = field.kind === 'enum' ? enums.get(field.type)!.dbName : undefined;
    const type = expectedType(field, enumName);
    // Prisma never makes list columns NOT NULL on PostgreSQL; the client reads NULL as [].
    const nullable = field.isOptional || field.isList;
    const expected = `${type} ${nullable ? 'NULL' : 'NOT NULL'}`;
    const found = `${column.type} ${column.nullable ? 'NULL' : 'NOT NULL'}`;
    if (expected !== found) problems.push(`${where}: expected ${expected}, found ${found}`);
    const expectedDefault = expectedDefaultSql(field, enumName, model.dbName);
    if (expectedDefault !== column.default) {
      problems.push(`${where}: expected default ${expectedDefault ?? '(none)'}, found ${column.default ?? '(none)'}`);
    }
    if (column.generated) problems.push(`${where}: is a generated column, which the Prisma client cannot write`);
  }
  const mapped = new Set(scalars.map((f) => f.columnName));
  for (const name of Object.keys(table.columns)) {
    if (!mapped.has(name) && !allowed.columns?.includes(`${model.dbName}.${name}`)) {
      problems.push(`${model.dbName}.${name}: column not in the schema`);
    }
  }
  return problems;
}

/** The type as format_type() prints it, or `enum:<name>`, with `[]` for lists. */
export function expectedType(field: PrismaField, enumDbName?: string): string {
  const list = field.isList ? '[]' : '';
  if (enumDbName) return `enum:${enumDbName}${list}`;
  const native = field.nativeType;
  const args = native?.args.join(',');
  const byNative: Record<string, string | undefined> = {
    Uuid: 'uuid',
    Text: 'text',
    VarChar: args ? `character varying(${args})` : 'character varying',
    Char: `character(${args ?? 1})`,
    Timestamptz: `timestamp(${args ?? 6}) with time zone`,
    Timestamp: `timestamp(${args ?? 6}) without time zone`,
    Date: 'date',
    Decimal: args ? `numeric(${args})` : 'numeric',
    Integer: 'integer',
    SmallInt: 'smallint',
    BigInt: 'bigint',
    Json: 'json',
    JsonB: 'jsonb',
    DoublePrecision: 'double precision',
    Real: 'real',
    Boolean: 'boolean',
  };
  if (native) {
    const type = byNative[native.name];
    if (!type) return `(unchecked native type @db.${native.name})`;
    return type + list;
  }
  const byScalar: Record<string, string> = {
    String: 'text',
    Int: 'integer',
    BigInt: 'bigint',
    Float: 'double precision',
    Boolean: 'boolean',
    DateTime: 'timestamp(3) without time zone',
    Decimal: 'numeric(65,30)',
    Json: 'jsonb',
    Bytes: 'bytea',
  };
  return (byScalar[field.type] ?? `(unknown scalar ${field.type})`) + list;
}

/** The default as pg_get_expr() prints what Prisma would have written; null for none. */
export function expectedDefaultSql(field: PrismaField, enumDbName: string | undefined, table: string): string | null {
  const value = field.default;
  // uuid(), cuid() and nanoid() are filled in by the client, not the database.
  if (value === undefined || /^(uuid|cuid|nanoid|ulid)\(.*\)$/.test(value)) return null;
  if (value === 'now()') return 'CURRENT_TIMESTAMP';
  if (value === 'autoincrement()') return `nextval('${table}_${field.columnName}_seq'::regclass)`;
  const generated = /^dbgenerated\((".*")\)$/.exec(value);
  if (generated) return JSON.parse(generated[1]) as string;
  if (value === 'true' || value === 'false') return value;
  if (/^-?\d+(\.\d+)?$/.test(value)) return value.startsWith('-') ? `'${value}'::${expectedType(field)}` : value;
  if (enumDbName) return `'${value}'::${pgTypeName(enumDbName)}`;
  if (value.startsWith('"')) {
    const text = (JSON.parse(value) as string).replace(/'/g, "''");
    return `'${text}'::${field.type === 'Json' ? 'jsonb' : expectedType(field)}`;
  }
  return `(unchecked default ${value})`;
}

/** How PostgreSQL prints a type name: bare when lower-case and plain, quoted otherwise. */
function pgTypeName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

function compareIndexes(model: PrismaModel, table: DatabaseTable, allowed: AllowedExtras): string[] {
  const problems: string[] = [];
  const column = (name: string) => model.fields.find((f) => f.name === name)?.columnName ?? `(unknown field ${name})`;
  const expectedIndexes: { name: string; columns: string[]; unique: boolean; primary: boolean }[] = [];
  const named = (index: PrismaIndex, suffix: string) =>
    index.map ?? `${model.dbName}_${index.fields.map((f) => column(f.name)).join('_')}_${suffix}`;
  const columnsOf = (index: PrismaIndex) =>
    index.fields.map((f) => column(f.name) + (f.sort === 'Desc' ? ' DESC' : ''));

  if (model.primaryKey.fields.length === 0) problems.push(`${model.dbName}: the model has no @id`);
  else {
    expectedIndexes.push({
      name: model.primaryKey.map ?? `${model.dbName}_pkey`,
      columns: model.primaryKey.fields.map(column),
      unique: true,
      primary: true,
    });
  }
  for (const u of model.uniques) expectedIndexes.push({ name: named(u, 'key'), columns: columnsOf(u), unique: true, primary: false });
  for (const i of model.indexes) expectedIndexes.push({ name: named(i, 'idx'), columns: columnsOf(i), unique: false, primary: false });

  for (const want of expectedIndexes) {
    const found = table.indexes.find((i) => i.name === want.name);
    const describe = (i: { columns: string[]; unique: boolean; primary: boolean }) =>
      `${i.primary ? 'primary key' : i.unique ? 'unique index' : 'index'} (${i.columns.join(', ')})`;
    if (!found) problems.push(`${model.dbName}: missing ${describe(want)} named ${want.name}`);
    else if (describe(found) !== describe(want) || found.partial || found.method !== 'btree') {
      problems.push(
        `${model.dbName}.${want.name}: expected btree ${describe(want)}, found ${found.method} ${describe(found)}` +
          (found.partial ? ' (partial)' : ''),
      );
    }
  }
  const expectedNames = new Set(expectedIndexes.map((i) => i.name));
  for (const index of table.indexes) {
    if (!expectedNames.has(index.name) && !allowed.indexes?.includes(index.name)) {
      problems.push(`${model.dbName}.${index.name}: index not in the schema`);
    }
  }
  return problems;
}

function compareForeignKeys(model: PrismaModel, table: DatabaseTable, models: Map<string, PrismaModel>): string[] {
  const problems: string[] = [];
  const expectedNames = new Set<string>();
  for (const field of model.fields) {
    if (field.kind !== 'object' || !field.relation) continue;
    const target = models.get(field.type)!;
    const columnOf = (m: PrismaModel, name: string) => m.fields.find((f) => f.name === name)?.columnName ?? name;
    const columns = field.relation.fields.map((f) => columnOf(model, f));
    const name = `${model.dbName}_${columns.join('_')}_fkey`;
    expectedNames.add(name);
    const optional = field.relation.fields.every((f) => model.fields.find((x) => x.name === f)?.isOptional);
    const want = {
      columns: columns.join(', '),
      target: `${target.dbName}(${field.relation.references.map((r) => columnOf(target, r)).join(', ')})`,
      onDelete: field.relation.onDelete ?? (optional ? 'SetNull' : 'Restrict'),
      onUpdate: field.relation.onUpdate ?? 'Cascade',
    };
    const found = table.foreignKeys.find((fk) => fk.name === name);
    const describe = (fk: typeof want) =>
      `(${fk.columns}) → ${fk.target} on delete ${fk.onDelete} on update ${fk.onUpdate}`;
    if (!found) {
      problems.push(`${model.dbName}: missing foreign key ${name} ${describe(want)}`);
      continue;
    }
    const got = {
      columns: found.columns.join(', '),
      target: `${found.referencedTable}(${found.referencedColumns.join(', ')})`,
      onDelete: found.onDelete,
      onUpdate: found.onUpdate,
    };
    if (describe(got) !== describe(want)) {
      problems.push(`${model.dbName}.${name}: expected ${describe(want)}, found ${describe(got)}`);
    }
  }
  for (const fk of table.foreignKeys) {
    if (!expectedNames.has(fk.name)) problems.push(`${model.dbName}.${fk.name}: foreign key not in the schema`);
  }
  return problems;
}
