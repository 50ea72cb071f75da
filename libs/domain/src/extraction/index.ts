export * from './extract-claims.js';
export * from './language.js';
export * from './sentences.js';
export * from './claimant.js';
