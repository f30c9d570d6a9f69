import { Foundation1764120000000 } from './1764120000000-Foundation.js';

/** Every migration, in order. A merged migration is never edited: add a new one. */
export const MIGRATIONS = [Foundation1764120000000];
