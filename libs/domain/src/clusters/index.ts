export * from './minhash.js';
export * from './assign-clusters.js';
