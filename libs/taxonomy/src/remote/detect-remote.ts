import type { Explanation, RemoteMode } from '../types';

export function detectRemote(input: {
  title: string;
  description: string;
  location: string;
  jobLocationType?: string;
  hint?: RemoteMode;
}): { remote: RemoteMode | null; countries: string[]; explanation: Explanation[] } {
  void input;
  return { remote: null, countries: [], explanation: [] };
}
