import data from '../../data/employers.json';
import type { EmployerEntry } from '../types';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The bundled alias file, as fresh copies. The worker matches with the database's copy (the seed
 * loads this file; admins add aliases there); the command line falls back to this.
 */
export function defaultEmployerEntries(): EmployerEntry[] {
  return (data as unknown[]).map((raw) => {
    const e = raw as Partial<EmployerEntry>;
    return {
      canonical: String(e.canonical ?? ''),
      aliases: strings(e.aliases),
      lookalikes: strings(e.lookalikes),
      misspellings: strings(e.misspellings),
    };
  });
}
