export * from './extract-claims.js';
