export * from './text/normalize.js';
export * from './extraction/extract-claims.js';
