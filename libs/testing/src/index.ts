export * from './test-database.js';
export * from './test-app.js';
export * from './query-counter.js';
export * from './factories.js';
export * from './smtp-capture.js';
export * from './server-process.js';
export * from './search-contract.js';
export * from './jobs.js';
