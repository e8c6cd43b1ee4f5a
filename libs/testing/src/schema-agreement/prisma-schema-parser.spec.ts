import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parsePrismaSchema } from './prisma-schema-parser';

const SAMPLE = `
// A comment with "quotes" and { braces }
generator client {
  provider = "prisma-client"
}

enum Colour {
  red
  dark_blue @map("dark-blue")
  @@map("colours")
}

model Box {
  id        Int      @id @default(autoincrement())
  label     String   @default("a // not a comment } nor a brace") @db.VarChar(40)
  colour    Colour?  @map("box_colour")
  tags      String[]
  price     Decimal  @db.Decimal(10, 2)
  ownerId   String   @map("owner_id") @db.Uuid
  owner     Owner    @relation("BoxOwner", fields: [ownerId], references: [id], onDelete: Cascade)
  updatedAt DateTime @updatedAt @map("updated_at")

  @@unique([ownerId, label], map: "box_owner_label")
  @@index([colour, updatedAt(sort: Desc)])
  @@map("boxes")
}

model Owner {
  id    String @id @db.Uuid
  boxes Box[]  @relation("BoxOwner")
}
`;

describe('parsePrismaSchema', () => {
  const schema = parsePrismaSchema(SAMPLE);
  const box = schema.models.find((m) => m.name === 'Box')!;
  const field = (name: string) => box.fields.find((f) => f.name === name)!;

  it('reads enums with their database names and mapped values', () => {
    expect(schema.enums).toEqual([{ name: 'Colour', dbName: 'colours', values: ['red', 'dark-blue'] }]);
  });

  it('reads models, mapped names, kinds, optionality and lists', () => {
    expect(schema.models.map((m) => [m.name, m.dbName])).toEqual([
      ['Box', 'boxes'],
      ['Owner', 'Owner'],
    ]);
    expect(field('colour')).toMatchObject({ columnName: 'box_colour', kind: 'enum', isOptional: true, isList: false });
    expect(field('tags')).toMatchObject({ kind: 'scalar', isList: true, isOptional: false });
    expect(field('owner')).toMatchObject({ kind: 'object', type: 'Owner' });
    expect(field('updatedAt')).toMatchObject({ columnName: 'updated_at', isUpdatedAt: true });
  });

  it('reads defaults, native types and relations, strings with comment markers and braces included', () => {
    expect(field('id').default).toBe('autoincrement()');
    expect(field('label').default).toBe('"a // not a comment } nor a brace"');
    expect(field('label').nativeType).toEqual({ name: 'VarChar', args: ['40'] });
    expect(field('price').nativeType).toEqual({ name: 'Decimal', args: ['10', '2'] });
    expect(field('owner').relation).toEqual({ fields: ['ownerId'], references: ['id'], onDelete: 'Cascade', onUpdate: undefined });
  });

  it('reads ids, uniques and indexes with sort orders and explicit names', () => {
    expect(box.primaryKey).toEqual({ fields: ['id'], map: undefined });
    expect(box.uniques).toEqual([{ fields: [{ name: 'ownerId' }, { name: 'label' }], map: 'box_owner_label' }]);
    expect(box.indexes).toEqual([{ fields: [{ name: 'colour' }, { name: 'updatedAt', sort: 'Desc' }], map: undefined }]);
  });

  it('fails loudly on schema features it cannot check', () => {
    expect(() => parsePrismaSchema('model A {\n  id Int @id\n  @@fulltext([id])\n}')).toThrow(/unsupported @@fulltext/);
    expect(() => parsePrismaSchema('model A {\n  id Int @id @ignore\n}')).toThrow(/unsupported @ignore/);
    expect(() => parsePrismaSchema('view V {\n  id Int\n}')).toThrow(/"view V" blocks are not supported/);
  });

  it("reads this project's schema", () => {
    const project = parsePrismaSchema(readFileSync(path.join(__dirname, '../../../../prisma/schema.prisma'), 'utf8'));
    const posting = project.models.find((m) => m.name === 'Posting')!;
    expect(posting.dbName).toBe('postings');
    expect(posting.fields.find((f) => f.name === 'roles')).toMatchObject({ kind: 'enum', type: 'Role', isList: true });
    expect(project.enums.find((e) => e.name === 'PostingStatus')?.values).toEqual(['open', 'closed', 'expired']);
  });
});
