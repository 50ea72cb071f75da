export * from './document-input.js';
export * from './validate-documents.js';
