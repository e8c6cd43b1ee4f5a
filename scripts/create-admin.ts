/**
 * `npm run admin:create -- --email ops@example.com`: creates an admin account (the first one, or
 * another). The password is read from ADMIN_PASSWORD, else from standard input (one line, so it
 * can be piped: `printf '%s\n' "$PASSWORD" | npm run admin:create -- --email ...`), else asked for
 * on the terminal without echo. An existing account with that e-mail is left untouched.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { loadConfigOrExit } from '@app/config';
import { EmployerRepository, InvitationRepository, PrismaService, UserRepository } from '@app/db';
import { AccountsService } from '../apps/api/src/auth/accounts.service';
import { PasswordHasher } from '../apps/api/src/auth/password-hasher.service';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const terminal = Boolean(process.stdin.isTTY);
  // On a terminal the typed characters are not echoed: the prompt is written, then output muted.
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal });
  const line = await new Promise<string>((resolve) => {
    rl.once('close', () => resolve(''));
    rl.question(terminal ? 'Password (at least 12 characters, not shown): ' : '', resolve);
    muted = terminal;
  });
  rl.close();
  if (terminal) process.stdout.write('\n');
  return line.replace(/\r$/, '');
}

async function main(): Promise<number> {
  const email = argument('email') ?? process.env.ADMIN_EMAIL;
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    process.stderr.write('usage: npm run admin:create -- --email <address>   (password from ADMIN_PASSWORD or standard input)\n');
    return 64;
  }
  const config = loadConfigOrExit({ ...process.env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined });
  const password = await readPassword();
  const prisma = new PrismaService(config);
  await prisma.onModuleInit();
  try {
    const accounts = new AccountsService(config, new UserRepository(prisma), new InvitationRepository(prisma), new EmployerRepository(prisma), new PasswordHasher());
    const { created, user } = await accounts.createAdmin(email, password, 'cli');
    process.stdout.write(created ? `admin ${user.email} created (id ${user.id})\n` : `an account with the e-mail ${user.email} exists already (role ${user.role}); nothing changed\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`admin:create: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await prisma.onModuleDestroy();
  }
}

void main().then((code) => process.exit(code));
