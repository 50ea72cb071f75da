export * from './text/normalize.js';
