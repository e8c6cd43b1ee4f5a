export { detectSpokenLanguages } from './detect-spoken-languages';
