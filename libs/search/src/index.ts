export * from './search-engine.port.js';
export * from './postgres/postgres-search.engine.js';
export * from './search-projector.js';
export * from './search-indexer.js';
export * from './search.service.js';
export * from './search.types.js';
export * from './search.module.js';
