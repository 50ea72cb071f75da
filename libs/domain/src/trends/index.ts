export * from './buckets.js';
export * from './spikes.js';
