export * from './records.js';
export * from './source.repository.js';
export * from './document.repository.js';
export * from './claim.repository.js';
export * from './narrative.repository.js';
export * from './tag.repository.js';
export * from './trend.repository.js';
export * from './api-token.repository.js';
