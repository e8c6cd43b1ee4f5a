/** Route metadata read by the auth guards. */
export const ROLES_METADATA = 'frontline:roles';
export const API_KEYS_METADATA = 'frontline:accepts-api-keys';
