import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { TagLineOptions, tagLine } from './tag-line';

// Streams JSON lines through `tagLine`, writing in input order and honouring back-pressure,
// so a batch of any size runs in constant memory.

const FLUSH_BYTES = 64 * 1024;

function write(output: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = output.write(chunk, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else output.once('drain', resolve);
  });
}

export async function runTagStream(input: Readable, output: Writable, options: TagLineOptions = {}): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer = '';
  let count = 0;
  for await (const line of lines) {
    buffer += tagLine(line, options) + '\n';
    count++;
    if (buffer.length >= FLUSH_BYTES) {
      await write(output, buffer);
      buffer = '';
    }
  }
  if (buffer !== '') await write(output, buffer);
  return count;
}
