import { BadRequestException } from '@nestjs/common';
import { loadConfig } from '@app/config';
import type { SearchPostingsQueryDto } from './dto/search-postings-query.dto';
import { postedAfter, toSearchFilter } from './search-filter';

const config = loadConfig({ SALARY_BASE_CURRENCY: 'EUR', SALARY_RATES: 'NOK=0.086,PLN=0.23' });
const filter = (dto: Partial<SearchPostingsQueryDto>) => toSearchFilter(dto as SearchPostingsQueryDto, config, Date.UTC(2026, 10, 23, 12, 34, 56, 789));

describe('toSearchFilter', () => {
  it('converts salaryMin to yearly base currency, in cents', () => {
    expect(filter({ salaryMin: 400000, currency: 'NOK' }).salaryAnnualMin).toBe(34400);
    expect(filter({ salaryMin: 30000 }).salaryAnnualMin).toBe(30000);
    expect(filter({ salaryMin: 1, currency: 'PLN' }).salaryAnnualMin).toBe(0.23);
  });

  it('refuses a currency it cannot convert, naming the parameter', () => {
    for (const dto of [{ salaryMin: 1, currency: 'XYZ' }, { currency: 'XYZ' }]) {
      try {
        filter(dto);
        throw new Error('accepted');
      } catch (err) {
        expect(err).toBeInstanceOf(BadRequestException);
        expect((err as BadRequestException).getResponse()).toMatchObject({ parameters: ['currency'] });
      }
    }
  });

  it('asks for a salary only when hasSalary says so', () => {
    expect(filter({ salaryMin: 1 }).salaryRequired).toBeUndefined();
    expect(filter({ hasSalary: true }).salaryRequired).toBe(true);
  });

  it('rounds postedWithin to the minute, so that one minute of requests shares a cutoff', () => {
    expect(filter({ postedWithin: '24h' }).postedAfter).toEqual(new Date(Date.UTC(2026, 10, 22, 12, 34)));
    expect(postedAfter('7d', Date.UTC(2026, 10, 23, 0, 0, 59))).toEqual(new Date(Date.UTC(2026, 10, 16)));
    expect(() => postedAfter('366d', Date.now())).toThrow(BadRequestException);
    expect(() => postedAfter('9000h', Date.now())).toThrow(BadRequestException);
  });

  it('drops blanks and control characters, keeping the words', () => {
    const f = filter({ q: ' kunde\u0000service\n ', employer: ['  ', 'Telia\u0007'], city: ['\u0000'] });
    expect(f).toEqual({ q: 'kunde service', employers: ['Telia'] });
    expect(filter({ q: '\u0001\u0002' }).q).toBeUndefined();
  });
});
