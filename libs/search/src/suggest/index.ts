export * from './suggest.types.js';
export * from './suggest.service.js';
export * from './suggest.resolver.js';
export * from './suggestion-index.js';
