import type { ClientBase } from 'pg';

/** What one PostgreSQL schema holds, in the terms the agreement check compares. */
export interface DatabaseSchema {
  readonly tables: Record<string, DatabaseTable>;
  /** Enum type name → labels in declaration order. */
  readonly enums: Record<string, string[]>;
}

export interface DatabaseTable {
  readonly columns: Record<string, DatabaseColumn>;
  readonly indexes: DatabaseIndex[];
  readonly foreignKeys: DatabaseForeignKey[];
}

export interface DatabaseColumn {
  /** format_type() for built-in types (`numeric(14,2)`, `text[]`); `enum:<name>` (+`[]`) for enums. */
  readonly type: string;
  readonly nullable: boolean;
  /** pg_get_expr() of the default (`CURRENT_TIMESTAMP`, `'open'::"PostingStatus"`), null when none. */
  readonly default: string | null;
  readonly generated: boolean;
}

export interface DatabaseIndex {
  readonly name: string;
  /** Key columns (or expressions), each followed by ` DESC` when sorted descending. */
  readonly columns: string[];
  readonly unique: boolean;
  readonly primary: boolean;
  readonly partial: boolean;
  readonly method: string;
}

export interface DatabaseForeignKey {
  readonly name: string;
  readonly columns: string[];
  readonly referencedTable: string;
  readonly referencedColumns: string[];
  /** Prisma's spelling of the action: Cascade, Restrict, NoAction, SetNull, SetDefault. */
  readonly onDelete: string;
  readonly onUpdate: string;
}

const ACTIONS: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };

/** Reads tables, columns, indexes, foreign keys and enums of `schema` from the catalogs. */
export async function readDatabaseSchema(client: ClientBase, schema = 'public'): Promise<DatabaseSchema> {
  const tables: Record<string, { columns: Record<string, DatabaseColumn>; indexes: DatabaseIndex[]; foreignKeys: DatabaseForeignKey[] }> = {};
  const table = (name: string) => (tables[name] ??= { columns: {}, indexes: [], foreignKeys: [] });

  const columns = await client.query<{
    table_name: string;
    column_name: string;
    type: string;
    is_enum: boolean;
    enum_name: string;
    is_array: boolean;
    nullable: boolean;
    default_expr: string | null;
    generated: boolean;
  }>(
    `SELECT c.relname AS table_name, a.attname::text AS column_name,
            format_type(a.atttypid, a.atttypmod) AS type,
            et.typtype = 'e' AS is_enum, et.typname::text AS enum_name, t.typcategory = 'A' AS is_array,
            NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default_expr,
            a.attgenerated <> '' AS generated
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       JOIN pg_type t ON t.oid = a.atttypid
       JOIN pg_type et ON et.oid = CASE WHEN t.typcategory = 'A' THEN t.typelem ELSE t.oid END
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
      ORDER BY c.relname, a.attnum`,
    [schema],
  );
  for (const row of columns.rows) {
    table(row.table_name).columns[row.column_name] = {
      type: row.is_enum ? `enum:${row.enum_name}${row.is_array ? '[]' : ''}` : row.type,
      nullable: row.nullable,
      default: row.generated ? null : row.default_expr,
      generated: row.generated,
    };
  }

  const indexes = await client.query<{
    table_name: string;
    name: string;
    columns: string[];
    is_unique: boolean;
    is_primary: boolean;
    is_partial: boolean;
    method: string;
  }>(
    `SELECT t.relname AS table_name, i.relname::text AS name,
            ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k, true)
                         || CASE WHEN (ix.indoption[k - 1] & 1) = 1 THEN ' DESC' ELSE '' END
                    FROM generate_series(1, ix.indnkeyatts) AS k ORDER BY k) AS columns,
            ix.indisunique AS is_unique, ix.indisprimary AS is_primary, ix.indpred IS NOT NULL AS is_partial,
            am.amname::text AS method
       FROM pg_index ix
       JOIN pg_class i ON i.oid = ix.indexrelid
       JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_am am ON am.oid = i.relam
      WHERE n.nspname = $1 AND t.relkind IN ('r', 'p')
      ORDER BY t.relname, i.relname`,
    [schema],
  );
  for (const row of indexes.rows) {
    table(row.table_name).indexes.push({
      name: row.name,
      columns: row.columns.map(unquoteIdentifier),
      unique: row.is_unique,
      primary: row.is_primary,
      partial: row.is_partial,
      method: row.method,
    });
  }

  const foreignKeys = await client.query<{
    table_name: string;
    name: string;
    columns: string[];
    referenced_table: string;
    referenced_columns: string[];
    on_delete: string;
    on_update: string;
  }>(
    `SELECT t.relname AS table_name, con.conname::text AS name, rt.relname::text AS referenced_table,
            ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
            ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)
              AS referenced_columns,
            con.confdeltype::text AS on_delete, con.confupdtype::text AS on_update
       FROM pg_constraint con
       JOIN pg_class t ON t.oid = con.conrelid
       JOIN pg_class rt ON rt.oid = con.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE con.contype = 'f' AND n.nspname = $1
      ORDER BY t.relname, con.conname`,
    [schema],
  );
  for (const row of foreignKeys.rows) {
    table(row.table_name).foreignKeys.push({
      name: row.name,
      columns: row.columns,
      referencedTable: row.referenced_table,
      referencedColumns: row.referenced_columns,
      onDelete: ACTIONS[row.on_delete] ?? row.on_delete,
      onUpdate: ACTIONS[row.on_update] ?? row.on_update,
    });
  }

  const enums = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t
       JOIN pg_enum e ON e.enumtypid = t.oid
       JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1
      GROUP BY t.typname`,
    [schema],
  );
  return { tables, enums: Object.fromEntries(enums.rows.map((r) => [r.name, r.labels])) };
}

/** pg_get_indexdef quotes column names that need it; plain expressions are left as they are. */
function unquoteIdentifier(text: string): string {
  return text.replace(/^"((?:[^"]|"")*)"( DESC)?$/, (_, name: string, desc = '') => name.replace(/""/g, '"') + desc);
}
