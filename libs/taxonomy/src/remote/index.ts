export { detectRemote } from './detect-remote';
