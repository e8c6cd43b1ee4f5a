import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { runTagStream } from './run-tag-stream';

async function run(input: string): Promise<string[]> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  await runTagStream(Readable.from([input]), output);
  return chunks.join('').split('\n').filter((l) => l !== '');
}

describe('runTagStream', () => {
  it('writes one line per input line, in order, carrying on after a bad line', async () => {
    const lines = await run(
      ['{"id":1,"title":"Kundtjänstmedarbetare"}', 'garbage', '', '{"id":4,"title":"Social Media Manager"}'].join('\n'),
    );
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[0])).toMatchObject({ id: 1, roles: ['customer_service'] });
    expect(JSON.parse(lines[1])).toHaveProperty('error');
    expect(JSON.parse(lines[2])).toEqual({ error: 'empty line' });
    expect(JSON.parse(lines[3])).toMatchObject({ id: 4, roles: ['social_media'], seniority: 'manager' });
  });

  it('handles CRLF input and thousands of lines', async () => {
    const batch = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, title: 'Call Centre Agent' })).join('\r\n');
    const lines = await run(batch);
    expect(lines).toHaveLength(3000);
    expect(JSON.parse(lines[2999])).toMatchObject({ id: 2999, roles: ['call_center'] });
  });
});

describe('npm run -s tag', () => {
  it('prints nothing but JSON lines, without PostgreSQL or Redis', () => {
    const root = resolve(__dirname, '../../../..');
    const input = '{"title":"Konsultant/ka infolinii","description":"Odbieranie połączeń przychodzących od klientów, praca zmianowa.","employer":"Telekom Centrum Sp. z o.o.","location":"Łódź","salary":"5 000 – 5 800 zł brutto/mies."}\nbroken\n';
    const result = spawnSync('npm', ['run', '-s', 'tag'], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]) as { roles: string[]; employer: { display: string } };
    expect(first.roles).toEqual(['call_center']);
    expect(first.employer.display).toBe('Telekom Centrum');
    expect(JSON.parse(lines[1])).toHaveProperty('error');
  }, 60_000);
});
