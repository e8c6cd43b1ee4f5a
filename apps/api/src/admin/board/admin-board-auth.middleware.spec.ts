import type { Request } from 'express';
import { isSameOrigin } from './admin-board-auth.middleware';

const req = (headers: Record<string, string>) => ({ headers: { host: 'admin.example.com', ...headers } }) as unknown as Request;

describe('isSameOrigin', () => {
  it('trusts the browser\'s Sec-Fetch-Site', () => {
    expect(isSameOrigin(req({ 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(req({ 'sec-fetch-site': 'cross-site', origin: 'https://admin.example.com' }))).toBe(false);
    expect(isSameOrigin(req({ 'sec-fetch-site': 'same-site' }))).toBe(false);
  });

  it('else compares Origin with Host', () => {
    expect(isSameOrigin(req({ origin: 'https://admin.example.com' }))).toBe(true);
    expect(isSameOrigin(req({ origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOrigin(req({ origin: 'null' }))).toBe(false);
  });

  it('lets a client that sends neither through (not a browser: no ambient cookies to abuse)', () => {
    expect(isSameOrigin(req({}))).toBe(true);
  });
});
