import data from '../../data/employers.json';
import type { EmployerEntry } from '../types';

/** The bundled alias file; the worker uses the database's copy so admins can add aliases. */
export function defaultEmployerEntries(): EmployerEntry[] {
  return (data as EmployerEntry[]).map((e) => ({
    canonical: e.canonical,
    aliases: [...e.aliases],
    lookalikes: [...e.lookalikes],
  }));
}
