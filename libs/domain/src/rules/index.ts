export * from './rule-ast.js';
export * from './parse-rule.js';
export * from './match-rule.js';
