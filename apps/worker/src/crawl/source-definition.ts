import type { HtmlSelectors, SourceDefinition, SourceKindName } from '@app/crawler';

interface SourceRow {
  name: string;
  kind: string;
  url: string | null;
  board: string | null;
  baseUrl: string | null;
  employerHint: string | null;
  selectors: unknown;
}

/** A stored source as the crawler's adapters see it. */
export function toSourceDefinition(row: SourceRow): SourceDefinition {
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
