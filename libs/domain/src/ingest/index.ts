export * from './document-input.js';
export * from './validate-documents.js';
export * from './country.js';
