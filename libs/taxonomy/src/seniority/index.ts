export { detectSeniority } from './detect-seniority';
export type { SeniorityDetection } from './detect-seniority';
