export * from './spreadsheets.module.js';
export * from './export/index.js';
