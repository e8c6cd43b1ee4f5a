export { detectLanguage } from './detect-language';
export type { LanguageDetection } from './detect-language';
