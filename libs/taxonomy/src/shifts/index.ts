export { detectShifts } from './detect-shifts';
