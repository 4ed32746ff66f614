export * from './query-understanding.js';
