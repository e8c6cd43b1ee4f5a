import { loadConfig, ConfigError } from './load-config';

describe('loadConfig', () => {
  it('gives defaults that work against local PostgreSQL and Redis', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgresql://postgres@127.0.0.1:5432/frontline');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.API_PORT).toBe(3000);
    expect(config.QUEUE_PREFIX).toBe('{frontline}');
    expect(config.CRAWL_HOST_RPS).toBe(1);
  });

  it('coerces numbers, booleans and lists from strings', () => {
    const config = loadConfig({
      API_PORT: '8080',
      SCHEDULER_ENABLED: 'false',
      CRAWL_ALLOWED_HOSTS: '127.0.0.1, localhost',
      SALARY_RATES: 'USD=0.9,PLN=0.25',
    });
    expect(config.API_PORT).toBe(8080);
    expect(config.SCHEDULER_ENABLED).toBe(false);
    expect(config.CRAWL_ALLOWED_HOSTS).toEqual(['127.0.0.1', 'localhost']);
    expect(config.SALARY_RATES).toEqual({ USD: 0.9, PLN: 0.25 });
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toMatch(/^postgresql:/);
  });

  it.each([
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['DATABASE_URL', 'not a url'],
    ['REDIS_URL', 'http://localhost:6379'],
    ['API_PORT', '70000'],
    ['API_PORT', 'abc'],
    ['QUEUE_PREFIX', 'frontline'],
    ['SALARY_RATES', 'USD:0.9'],
    ['CRAWL_HOST_RPS', '-1'],
  ])('refuses %s=%s with one line naming the variable', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).not.toContain('\n');
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ API_PORT: 'x', REDIS_URL: 'nope' })).toThrow(/API_PORT.*REDIS_URL|REDIS_URL.*API_PORT/);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
