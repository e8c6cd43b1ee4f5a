export { detectSeniority } from './detect-seniority';
export type { LevelPhrase, SeniorityDetection } from './detect-seniority';
