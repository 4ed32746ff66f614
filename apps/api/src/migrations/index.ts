import { DirectoryCore1764000000000 } from './1764000000000-directory-core.js';

/** Every migration, in order. One history for PGlite and PostgreSQL. */
export const MIGRATIONS = [DirectoryCore1764000000000];
