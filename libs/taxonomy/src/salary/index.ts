export { parseSalary } from './parse-salary';
export { annualiseSalary } from './annualise-salary';
