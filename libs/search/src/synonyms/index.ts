export * from './synonym.types.js';
export * from './synonyms.service.js';
export * from './synonyms.resolver.js';
