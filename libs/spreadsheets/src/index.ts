export * from './spreadsheets.module.js';
export * from './export/index.js';
export * from './import/columns.js';
export * from './import/import.types.js';
export * from './import/read-sheet.js';
export * from './import/spreadsheet-import.service.js';
