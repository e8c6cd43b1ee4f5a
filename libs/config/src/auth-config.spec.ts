import { ConfigError, loadConfig } from './load-config';

describe('account settings in the config', () => {
  it('work out of the box outside production', () => {
    const config = loadConfig({});
    expect(config.AUTH_JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(config.AUTH_ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(config.ADMIN_EMAIL).toBeUndefined();
  });

  it('refuse to start production with the development signing secret, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWT_SECRET: must be set to a secret of your own/);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: 'p'.repeat(48) }).AUTH_JWT_SECRET).toBe('p'.repeat(48));
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(ConfigError);
  });

  it('want ADMIN_EMAIL and ADMIN_PASSWORD together, and a long enough password', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'ops@example.com' })).toThrow(/ADMIN_PASSWORD/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
    expect(loadConfig({ ADMIN_EMAIL: 'ops@example.com', ADMIN_PASSWORD: 'long enough password' }).ADMIN_EMAIL).toBe('ops@example.com');
  });
});
