export type { RawPosting } from './raw-posting';
