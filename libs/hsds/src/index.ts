export * from './hsds.types.js';
export * from './hsds-ids.js';
export * from './hsds-taxonomy.js';
export * from './hsds-params.js';
export * from './hsds-catalogue.js';
export * from './hsds-terms.js';
export * from './hsds.module.js';
