import type { SourceAdapter, SourceKindName } from './source-adapter';
import { HtmlSource } from './sources/html.source';
import { JsonLdSource } from './sources/jsonld.source';
import { AshbySource } from './sources/ashby.source';
import { GreenhouseSource } from './sources/greenhouse.source';
import { LeverSource } from './sources/lever.source';
import { PersonioSource } from './sources/personio.source';
import { RecruiteeSource } from './sources/recruitee.source';
import { RssSource } from './sources/rss.source';
import { SmartRecruitersSource } from './sources/smartrecruiters.source';
import { WorkableSource } from './sources/workable.source';

// One stateless instance per source kind. Add a kind by adding its adapter to this list.
const ADAPTERS: readonly SourceAdapter[] = [
  new JsonLdSource(),
  new HtmlSource(),
  new GreenhouseSource(),
  new LeverSource(),
  new SmartRecruitersSource(),
  new PersonioSource(),
  new RecruiteeSource(),
  new WorkableSource(),
  new AshbySource(),
  new RssSource(),
];

const BY_KIND = new Map<SourceKindName, SourceAdapter>(ADAPTERS.map((a) => [a.kind, a]));

/** The adapter of a source kind; throws for a kind nobody registered (a programming error). */
export function adapterFor(kind: SourceKindName): SourceAdapter {
  const adapter = BY_KIND.get(kind);
  if (!adapter) throw new Error(`no source adapter is registered for kind "${kind}"`);
  return adapter;
}

/** Kinds that have an adapter, in registration order. */
export function registeredKinds(): SourceKindName[] {
  return [...BY_KIND.keys()];
}
