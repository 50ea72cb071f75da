export * from './normalize.js';
export * from './tokenize.js';
