export * from './narrative-engine.js';
