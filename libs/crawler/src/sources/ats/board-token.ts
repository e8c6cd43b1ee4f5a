import { SourceConfigError } from '../../errors';
import type { SourceDefinition } from '../../source-adapter';

/**
 * Where a board token ends up in the vendor URL decides what it may contain:
 * - `path`: one URL path segment (Greenhouse, Lever, SmartRecruiters, Ashby, Workable):
 *   letters, digits, `-`, `_` and `.`, never `..`.
 * - `subdomain`: one DNS label (Recruitee, Personio): letters, digits and inner hyphens.
 */
export type BoardPlacement = 'path' | 'subdomain';

const PATH_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const DNS_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** The configured board token, validated; throws SourceConfigError('board') otherwise. */
export function requireBoard(source: SourceDefinition, placement: BoardPlacement): string {
  const board = typeof source.board === 'string' ? source.board.trim() : undefined;
  if (!board) {
    throw new SourceConfigError(source.name, 'board', `is required for ${source.kind} sources (the board token / company slug)`);
  }
  const valid = placement === 'path' ? PATH_SEGMENT.test(board) && !board.includes('..') : DNS_LABEL.test(board);
  if (!valid) {
    const rule =
      placement === 'path'
        ? 'letters, digits, "-", "_" and "." (at most 100 characters)'
        : 'letters, digits and inner hyphens (a host-name label, at most 63 characters)';
    throw new SourceConfigError(source.name, 'board', `"${board}" is not a valid ${source.kind} board token: use ${rule}`);
  }
  return board;
}

/** "acme-corp" → "Acme Corp"; tokens that already carry capitals ("HireVue") stay as written. */
export function readableBoardName(board: string): string {
  if (/[A-Z]/.test(board)) return board;
  return board
    .split(/[-_.]+/)
    .filter((part) => part !== '')
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join(' ');
}

/** Employer named by the payload, else the source's hint, else a readable form of the board. */
export function pickEmployer(fromPayload: string | undefined, source: SourceDefinition, board: string): string {
  return fromPayload ?? (source.employer?.trim() || readableBoardName(board));
}
