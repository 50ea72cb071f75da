export * from './normalize.js';
export * from './tokenize.js';
export * from './language-code.js';
