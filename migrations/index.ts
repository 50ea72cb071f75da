import { InitialSchema1764086400000 } from './1764086400000-InitialSchema.js';

/** Every migration, oldest first. Listed explicitly so the bundle needs no file globbing. */
export const MIGRATIONS = [InitialSchema1764086400000];
