import { buildEmployerDirectory, defaultEmployerEntries } from '../src/employers';
import { detectLanguage } from '../src/language';
import { parseLocation } from '../src/location';
import { detectRemote } from '../src/remote';
import { classifyRoles } from '../src/roles';
import { parseSalary } from '../src/salary';
import { detectSeniority } from '../src/seniority';
import { detectShifts } from '../src/shifts';
import { detectSpokenLanguages } from '../src/spoken-languages';
import { tagPosting } from '../src/tag-posting';
import type { TagInput, TagOptions } from '../src/types';

// Timing on one core. CPU time of the process (not wall time) is what is divided: other
// processes on a shared machine then slow the clock, not the figure. Each figure is the median
// of several runs after a warm-up.

const RUNS = 7;
const MIN_RUN_MS = 300;

function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

/** Median calls per CPU-second of `work` over `inputs`, and the same in wall time. */
export function callsPerSecond(inputs: readonly TagInput[], work: (input: TagInput) => unknown): { cpu: number; wall: number; runs: number[]; perRun: number } {
  for (let i = 0; i < 3; i++) for (const input of inputs) work(input);
  let repeats = 1;
  for (;;) {
    const started = Date.now();
    for (let r = 0; r < repeats; r++) for (const input of inputs) work(input);
    if (Date.now() - started >= MIN_RUN_MS) break;
    repeats *= 2;
  }
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const cpuStart = cpuMicros();
    const wallStart = process.hrtime.bigint();
    for (let r = 0; r < repeats; r++) for (const input of inputs) work(input);
    const calls = repeats * inputs.length;
    wall.push(Math.round(calls / (Number(process.hrtime.bigint() - wallStart) / 1e9)));
    cpu.push(Math.round(calls / ((cpuMicros() - cpuStart) / 1e6)));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { cpu: median(cpu), wall: median(wall), runs: cpu, perRun: repeats * inputs.length };
}

/**
 * Like `callsPerSecond`, with employer and location strings that are new on every call
 * (trailing spaces the parsers trim), so that memoisation of repeated names cannot help:
 * the throughput of a batch in which no employer or place repeats.
 */
export function distinctCallsPerSecond(inputs: readonly TagInput[], work: (input: TagInput) => unknown): number {
  const rates: number[] = [];
  const perRun = Math.max(1, Math.ceil(2000 / inputs.length));
  for (let run = 0, serial = 0; run < RUNS; run++) {
    const cpuStart = cpuMicros();
    for (let r = 0; r < perRun; r++) {
      serial++;
      const pad = ' '.repeat(serial);
      for (const input of inputs) work({ ...input, employer: `${input.employer ?? ''}${pad}`, location: `${input.location ?? ''}${pad}` });
    }
    rates.push(Math.round((perRun * inputs.length) / ((cpuMicros() - cpuStart) / 1e6)));
  }
  return [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)];
}

/** CPU µs per posting of each detector, called with the arguments tagPosting gives it. */
export function costPerField(inputs: readonly TagInput[], options: TagOptions): Record<string, number> {
  const directory = options.employers ?? buildEmployerDirectory(defaultEmployerEntries());
  const text = (i: TagInput) => `${i.title ?? ''}\n${i.description ?? ''}`;
  // Context the composition passes along, computed once outside the timed work.
  const context = new Map(
    inputs.map((i) => {
      const language = detectLanguage(text(i)).language;
      const country = parseLocation(i.location ?? '', { language, text: i.description ?? '' }).location.country;
      return [i, { language, country }] as const;
    }),
  );
  const fields: Record<string, (i: TagInput) => unknown> = {
    tagPosting: (i) => tagPosting(i, options),
    language: (i) => detectLanguage(text(i)),
    rolesAndSeniority: (i) => {
      const c = classifyRoles(i);
      return c.roles.length ? detectSeniority(i.title ?? '', i.description ?? '', c.levelPhrases) : null;
    },
    employer: (i) => directory.match(i.employer ?? ''),
    location: (i) => parseLocation(i.location ?? '', { language: context.get(i)!.language, text: i.description ?? '' }),
    salary: (i) => parseSalary(i.salary ?? i.description ?? '', context.get(i)!),
    remote: (i) => detectRemote({ title: i.title ?? '', description: i.description ?? '', location: i.location ?? '' }),
    spokenLanguages: (i) => detectSpokenLanguages(text(i)),
    shifts: (i) => detectShifts(text(i)),
  };
  return Object.fromEntries(
    Object.entries(fields).map(([name, work]) => [name, Math.round(1e7 / callsPerSecond(inputs, work).cpu) / 10]),
  );
}
