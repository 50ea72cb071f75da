export * from './minhash.js';
export * from './near-duplicate-index.js';
export * from './assign-clusters.js';
