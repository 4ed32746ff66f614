export * from './relevance-evaluator.js';
export * from './relevance-cases.js';
export * from './relevance-floor.js';
export * from './relevance-runner.js';
