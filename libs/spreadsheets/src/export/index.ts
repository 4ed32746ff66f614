import { CatalogueExportController } from './catalogue-export.controller.js';
import { CatalogueSheet } from './catalogue-sheet.js';

export const EXPORT_CONTROLLERS = [CatalogueExportController];
export const EXPORT_PROVIDERS = [CatalogueSheet];
export { CATALOGUE_PARAMETERS, readCatalogueRequest, type CatalogueRequest } from './catalogue-params.js';
export { CatalogueSheet, type CatalogueSheetData } from './catalogue-sheet.js';
export { ALL_KINDS, RECORD_KINDS, catalogueHeader, type Cell, type RecordKind } from './catalogue-rows.js';
export { SHEET_FORMATS, type SheetFormat } from './sheet-writers.js';
