import { adapterFor, registeredKinds } from './adapter-registry';
import type { SourceKindName } from './source-adapter';

// A Record over the union: adding a kind to SourceKindName without listing it here fails to compile.
const ALL_KINDS: Record<SourceKindName, true> = {
  jsonld: true,
  greenhouse: true,
  lever: true,
  smartrecruiters: true,
  personio: true,
  recruitee: true,
  workable: true,
  ashby: true,
  rss: true,
  html: true,
};

describe('adapterFor', () => {
  it.each(Object.keys(ALL_KINDS) as SourceKindName[])('has an adapter of kind %s', (kind) => {
    expect(adapterFor(kind).kind).toBe(kind);
  });

  it('registers each kind once', () => {
    expect([...registeredKinds()].sort()).toEqual(Object.keys(ALL_KINDS).sort());
  });

  it('refuses a kind nobody registered', () => {
    expect(() => adapterFor('ftp' as SourceKindName)).toThrow('no source adapter is registered for kind "ftp"');
  });
});
