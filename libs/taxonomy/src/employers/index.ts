export { buildEmployerDirectory } from './employer-directory';
export { defaultEmployerEntries } from './default-employer-entries';
export { employerKey, employerDisplayName } from './employer-name';
