import type { EmployerDirectory, EmployerEntry } from '../types';
import { employerDisplayName, employerKey } from './employer-name';

export function buildEmployerDirectory(entries: EmployerEntry[]): EmployerDirectory {
  return {
    entries,
    match(raw: string) {
      return { tag: { canonical: null, display: employerDisplayName(raw), key: employerKey(raw) }, explanation: [] };
    },
  };
}
