export { classifyRoles } from './classify-roles';
export type { RoleClassification, RoleInput } from './classify-roles';
