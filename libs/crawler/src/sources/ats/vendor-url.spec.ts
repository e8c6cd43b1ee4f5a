import { SourceConfigError } from '../../errors';
import type { SourceDefinition } from '../../source-adapter';
import { pickEmployer, readableBoardName, requireBoard } from './board-token';
import { validateBaseUrl, vendorUrl } from './vendor-url';

const source: SourceDefinition = { name: 'acme', kind: 'greenhouse', board: 'acme' };

describe('vendorUrl', () => {
  it('uses the vendor origin unless a base URL replaces scheme and host, keeping its path prefix', () => {
    expect(vendorUrl(source, 'https://boards-api.greenhouse.io', '/v1/boards/acme/jobs?content=true')).toBe(
      'https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true',
    );
    expect(vendorUrl({ ...source, baseUrl: 'http://127.0.0.1:4010' }, 'https://x', '/v1/a?b=1')).toBe('http://127.0.0.1:4010/v1/a?b=1');
    expect(vendorUrl({ ...source, baseUrl: 'http://127.0.0.1:4010/boards//' }, 'https://x', '/v1/a')).toBe('http://127.0.0.1:4010/boards/v1/a');
  });

  it('validates the base URL naming the field', () => {
    expect(() => validateBaseUrl(source)).not.toThrow();
    expect(() => validateBaseUrl({ ...source, baseUrl: 'https://mirror.example/prefix' })).not.toThrow();
    for (const baseUrl of ['', 'mirror.example', 'ftp://mirror.example', 'http://u:p@mirror.example', 'http://mirror.example/#x']) {
      expect(() => validateBaseUrl({ ...source, baseUrl })).toThrow(SourceConfigError);
      expect(() => validateBaseUrl({ ...source, baseUrl })).toThrow(/source "acme": baseUrl: /);
    }
  });
});

describe('requireBoard', () => {
  it('accepts path segments and DNS labels by placement', () => {
    expect(requireBoard({ ...source, board: ' HireVue ' }, 'path')).toBe('HireVue');
    expect(requireBoard({ ...source, board: 'jobs.acme_eu-2' }, 'path')).toBe('jobs.acme_eu-2');
    expect(requireBoard({ ...source, board: 'acme-eu' }, 'subdomain')).toBe('acme-eu');
    expect(() => requireBoard({ ...source, board: 'acme_eu' }, 'subdomain')).toThrow(/board: "acme_eu" is not a valid/);
    expect(() => requireBoard({ ...source, board: 'a..b' }, 'path')).toThrow(SourceConfigError);
    expect(() => requireBoard({ ...source, board: 'x'.repeat(101) }, 'path')).toThrow(SourceConfigError);
    expect(() => requireBoard({ ...source, board: 42 as unknown as string }, 'path')).toThrow(/board: is required/);
  });
});

describe('employer fallback', () => {
  it('prefers the payload, then the hint, then a readable board', () => {
    expect(readableBoardName('acme-corp_eu')).toBe('Acme Corp Eu');
    expect(readableBoardName('HireVue')).toBe('HireVue');
    expect(pickEmployer('Acme Ltd', { ...source, employer: 'Acme' }, 'acme')).toBe('Acme Ltd');
    expect(pickEmployer(undefined, { ...source, employer: ' Acme ' }, 'acme')).toBe('Acme');
    expect(pickEmployer(undefined, { ...source, employer: '  ' }, 'acme-corp')).toBe('Acme Corp');
  });
});
