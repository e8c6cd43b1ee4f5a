import { runTagStream } from './run-tag-stream';

// `npm run -s tag`: JSON lines on stdin → one JSON line of tags per input line on stdout, in
// order. Needs neither PostgreSQL nor Redis: employers come from the bundled alias file.
// Flags: --explain adds each posting's explanation. Nothing but JSON lines goes to stdout.

const USAGE = 'usage: npm run -s tag [-- --explain] < postings.jsonl > tags.jsonl';

async function main(argv: string[]): Promise<void> {
  const unknown = argv.filter((a) => a !== '--explain');
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  if (unknown.length > 0) {
    process.stderr.write(`unknown argument ${unknown[0]}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  await runTagStream(process.stdin, process.stdout, { explain: argv.includes('--explain') });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`tag: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
