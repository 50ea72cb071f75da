export * from './entities/index.js';
export * from './database/data-source.js';
export * from './database/data-dir-lock.js';
export * from './database/bigint-array.js';
export * from './database/database.js';
export * from './database/query-logger.js';
export * from './repositories/index.js';
