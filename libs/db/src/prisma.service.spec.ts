import { loadConfig } from '@app/config';
import { prismaPoolConfig } from './prisma.service';

describe('prismaPoolConfig', () => {
  it('sizes the pool and sets statement_timeout from the config', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://app@db.internal:5432/frontline',
      DATABASE_POOL_SIZE: '7',
      DATABASE_STATEMENT_TIMEOUT_MS: '2500',
    });
    expect(prismaPoolConfig(config)).toEqual({
      connectionString: 'postgresql://app@db.internal:5432/frontline',
      max: 7,
      options: '-c statement_timeout=2500',
    });
  });
});
