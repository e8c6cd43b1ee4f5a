import type { HtmlSelectors, SourceDefinition, SourceKindName } from './source-adapter';

/** The columns of a stored source that its adapter needs (a `sources` row or a row about to be one). */
export interface SourceRowFields {
  name: string;
  kind: string;
  url: string | null;
  board: string | null;
  baseUrl: string | null;
  employerHint: string | null;
  selectors: unknown;
}

/** A stored source as the adapters see it: absent columns become absent fields. */
export function sourceDefinitionFromRow(row: SourceRowFields): SourceDefinition {
  return {
    name: row.name,
    kind: row.kind as SourceKindName,
    url: row.url ?? undefined,
    board: row.board ?? undefined,
    baseUrl: row.baseUrl ?? undefined,
    employer: row.employerHint ?? undefined,
    selectors: (row.selectors ?? undefined) as HtmlSelectors | undefined,
  };
}
