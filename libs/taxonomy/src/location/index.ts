export { parseLocation } from './parse-location';
