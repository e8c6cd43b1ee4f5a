/**
 * A small reader of schema.prisma, enough to check the hand-written migrations against it.
 * Prisma's own DMMF needs @prisma/internals (not installed) and the generated client keeps
 * only names and kinds at run time (no optionality, native types, defaults or indexes), so
 * the schema file is read directly. It understands models, enums, field attributes (@id,
 * @unique, @default, @map, @updatedAt, @relation, @db.*) and block attributes (@@map, @@id,
 * @@unique, @@index); it throws on anything else, so that a schema feature it does not know
 * makes the agreement test fail loudly instead of passing unchecked.
 */

export interface PrismaSchema {
  readonly models: PrismaModel[];
  readonly enums: PrismaEnum[];
}

export interface PrismaEnum {
  readonly name: string;
  readonly dbName: string;
  readonly values: string[];
}

export interface PrismaModel {
  readonly name: string;
  readonly dbName: string;
  readonly fields: PrismaField[];
  /** Field names of the primary key (from @id or @@id). */
  readonly primaryKey: { fields: string[]; map?: string };
  readonly uniques: PrismaIndex[];
  readonly indexes: PrismaIndex[];
}

export interface PrismaField {
  readonly name: string;
  readonly columnName: string;
  readonly type: string;
  readonly kind: 'scalar' | 'enum' | 'object';
  readonly isList: boolean;
  readonly isOptional: boolean;
  readonly isUpdatedAt: boolean;
  /** The raw argument of @default, e.g. `now()`, `0`, `"[]"`, `dbgenerated("gen_random_uuid()")`. */
  readonly default?: string;
  /** `@db.Decimal(14, 2)` → { name: 'Decimal', args: ['14', '2'] }. */
  readonly nativeType?: { name: string; args: string[] };
  readonly relation?: PrismaRelation;
}

export interface PrismaRelation {
  readonly fields: string[];
  readonly references: string[];
  readonly onDelete?: string;
  readonly onUpdate?: string;
}

export interface PrismaIndex {
  readonly fields: { name: string; sort?: 'Asc' | 'Desc' }[];
  readonly map?: string;
}

interface Attribute {
  readonly name: string;
  readonly positional: string[];
  readonly named: Record<string, string>;
}

export function parsePrismaSchema(source: string): PrismaSchema {
  const blocks = readBlocks(stripComments(source));
  const enumNames = new Set(blocks.filter((b) => b.keyword === 'enum').map((b) => b.name));
  const modelNames = new Set(blocks.filter((b) => b.keyword === 'model').map((b) => b.name));
  const enums: PrismaEnum[] = [];
  const models: PrismaModel[] = [];
  for (const block of blocks) {
    if (block.keyword === 'enum') enums.push(parseEnum(block.name, block.lines));
    else if (block.keyword === 'model') models.push(parseModel(block.name, block.lines, enumNames, modelNames));
    else if (block.keyword !== 'generator' && block.keyword !== 'datasource') {
      throw new Error(`schema.prisma: "${block.keyword} ${block.name}" blocks are not supported by this reader`);
    }
  }
  return { models, enums };
}

function parseEnum(name: string, lines: string[]): PrismaEnum {
  let dbName = name;
  const values: string[] = [];
  for (const line of lines) {
    if (line.startsWith('@@')) {
      const attr = parseAttributes(line)[0];
      if (attr.name !== '@@map') throw new Error(`enum ${name}: unsupported ${attr.name}`);
      dbName = unquote(attr.positional[0] ?? attr.named.name);
      continue;
    }
    const [value, ...rest] = line.split(/\s+/);
    const map = parseAttributes(rest.join(' ')).find((a) => a.name === '@map');
    values.push(map ? unquote(map.positional[0] ?? map.named.name) : value);
  }
  return { name, dbName, values };
}

function parseModel(name: string, lines: string[], enums: Set<string>, models: Set<string>): PrismaModel {
  let dbName = name;
  const fields: PrismaField[] = [];
  const uniques: PrismaIndex[] = [];
  const indexes: PrismaIndex[] = [];
  let primaryKey: PrismaModel['primaryKey'] = { fields: [] };

  for (const line of lines.filter((l) => l.startsWith('@@'))) {
    for (const attr of parseAttributes(line)) {
      const index = (): PrismaIndex => ({
        fields: splitList(attr.positional[0] ?? attr.named.fields).map(parseIndexField),
        map: attr.named.map === undefined ? undefined : unquote(attr.named.map),
      });
      if (attr.name === '@@map') dbName = unquote(attr.positional[0] ?? attr.named.name);
      else if (attr.name === '@@index') indexes.push(index());
      else if (attr.name === '@@unique') uniques.push(index());
      else if (attr.name === '@@id') primaryKey = { fields: index().fields.map((f) => f.name), map: index().map };
      else throw new Error(`model ${name}: unsupported ${attr.name}`);
    }
  }

  for (const line of lines.filter((l) => !l.startsWith('@@'))) {
    const match = /^(\w+)\s+(\w+)(\[\]|\?)?\s*(.*)$/.exec(line);
    if (!match) throw new Error(`model ${name}: cannot read field line "${line}"`);
    const [, fieldName, type, modifier, rest] = match;
    const attrs = parseAttributes(rest);
    const attr = (n: string) => attrs.find((a) => a.name === n);
    const known = ['@id', '@unique', '@default', '@map', '@updatedAt', '@relation'];
    const unknown = attrs.find((a) => !known.includes(a.name) && !a.name.startsWith('@db.'));
    if (unknown) throw new Error(`model ${name}.${fieldName}: unsupported ${unknown.name}`);

    const map = attr('@map');
    const columnName = map ? unquote(map.positional[0] ?? map.named.name) : fieldName;
    const native = attrs.find((a) => a.name.startsWith('@db.'));
    const relation = attr('@relation');
    const field: PrismaField = {
      name: fieldName,
      columnName,
      type,
      kind: enums.has(type) ? 'enum' : models.has(type) ? 'object' : 'scalar',
      isList: modifier === '[]',
      isOptional: modifier === '?',
      isUpdatedAt: attr('@updatedAt') !== undefined,
      default: attr('@default')?.positional[0],
      nativeType: native && { name: native.name.slice('@db.'.length), args: native.positional },
      relation:
        relation && relation.named.fields
          ? {
              fields: splitList(relation.named.fields),
              references: splitList(relation.named.references),
              onDelete: relation.named.onDelete,
              onUpdate: relation.named.onUpdate,
            }
          : undefined,
    };
    fields.push(field);
    const id = attr('@id');
    if (id) primaryKey = { fields: [fieldName], map: id.named.map && unquote(id.named.map) };
    const unique = attr('@unique');
    if (unique) uniques.push({ fields: [{ name: fieldName }], map: unique.named.map && unquote(unique.named.map) });
  }
  return { name, dbName, fields, primaryKey, uniques, indexes };
}

/** `startedAt(sort: Desc)` → { name: 'startedAt', sort: 'Desc' }. */
function parseIndexField(text: string): PrismaIndex['fields'][number] {
  const match = /^(\w+)(?:\((.*)\))?$/.exec(text.trim());
  if (!match) throw new Error(`cannot read index field "${text}"`);
  const sort = match[2] && /sort:\s*(Asc|Desc)/.exec(match[2])?.[1];
  return sort ? { name: match[1], sort: sort as 'Asc' | 'Desc' } : { name: match[1] };
}

/** Reads `@name(args) @other ...` from the rest of a line. */
export function parseAttributes(text: string): Attribute[] {
  const attrs: Attribute[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i])) {
      i++;
      continue;
    }
    const head = /^@@?[\w.]+/.exec(text.slice(i));
    if (!head) throw new Error(`cannot read attribute at "${text.slice(i)}"`);
    i += head[0].length;
    let args = '';
    if (text[i] === '(') {
      const end = closingParen(text, i);
      args = text.slice(i + 1, end);
      i = end + 1;
    }
    const positional: string[] = [];
    const named: Record<string, string> = {};
    for (const arg of splitTopLevel(args)) {
      const kv = /^(\w+)\s*:\s*([\s\S]*)$/.exec(arg);
      if (kv) named[kv[1]] = kv[2].trim();
      else positional.push(arg);
    }
    attrs.push({ name: head[0], positional, named });
  }
  return attrs;
}

function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = closingQuote(text, i);
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`unbalanced parentheses in "${text}"`);
}

function closingQuote(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  throw new Error(`unterminated string in "${text}"`);
}

/** Splits on commas that are not inside quotes, brackets or parentheses. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') i = closingQuote(text, i);
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last) parts.push(last);
  return parts;
}

function splitList(text: string | undefined): string[] {
  if (!text) return [];
  const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '');
  return splitTopLevel(inner);
}

function unquote(text: string | undefined): string {
  if (!text) throw new Error('expected a string argument');
  return JSON.parse(text) as string;
}

/** Removes `//` comments (including `///` doc comments) that are not inside strings. */
function stripComments(source: string): string {
  return source
    .split('\n')
    .map((line) => {
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '"') i = closingQuote(line, i);
        else if (line[i] === '/' && line[i + 1] === '/') return line.slice(0, i);
      }
      return line;
    })
    .join('\n');
}

function readBlocks(source: string): { keyword: string; name: string; lines: string[] }[] {
  const blocks: { keyword: string; name: string; lines: string[] }[] = [];
  const head = /(\w+)\s+(\w+)\s*\{/y;
  let i = 0;
  while (i < source.length) {
    if (/\s/.test(source[i])) {
      i++;
      continue;
    }
    head.lastIndex = i;
    const match = head.exec(source);
    if (!match) throw new Error(`schema.prisma: unexpected text "${source.slice(i, i + 40).trim()}"`);
    const bodyStart = head.lastIndex;
    let end = bodyStart;
    while (end < source.length && source[end] !== '}') end = source[end] === '"' ? closingQuote(source, end) + 1 : end + 1;
    if (end >= source.length) throw new Error(`schema.prisma: block ${match[2]} is not closed`);
    const lines = source
      .slice(bodyStart, end)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    blocks.push({ keyword: match[1], name: match[2], lines });
    i = end + 1;
  }
  return blocks;
}
