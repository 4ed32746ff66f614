import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { isUuid, textProblem } from '#core';
import { HsdsBadRequest } from '../hsds-params.js';
import { TABLE_NAMES, TABLES, dataPackage, type Row, type TableName, type Tables } from './hsds-tables.js';

/** A package's bounds when read: it is refused before unpacking when it would unpack larger. */
const MAX_UNPACKED = 200 * 1024 * 1024;

/** The tables as a zip: one CSV per table (header row, UTF-8) and datapackage.json. */
export function writePackage(tables: Tables, created: Date): Uint8Array {
  const files: Record<string, Uint8Array> = { 'datapackage.json': strToU8(JSON.stringify(dataPackage(created), null, 2)) };
  for (const name of TABLE_NAMES) {
    const columns = TABLES[name].columns.map((c) => c.name);
    files[TABLES[name].path] = strToU8(stringify(tables[name], { header: true, columns }));
  }
  return zipSync(files, { level: 6 });
}

/** The tables of a package written by `writePackage` (or any HSDS tabular package with these file names). */
export function readPackage(zip: Uint8Array): Tables {
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED) throw new HsdsBadRequest('Pakken fylder for meget udpakket (højst 200 MB).');
        return file.name === 'datapackage.json' || TABLE_NAMES.some((t) => TABLES[t].path === file.name);
      },
    });
  } catch (error) {
    if (error instanceof HsdsBadRequest) throw error;
    throw new HsdsBadRequest('Filen er ikke en zip-fil med en HSDS-pakke.');
  }
  if (!files['datapackage.json']) throw new HsdsBadRequest('Pakken mangler datapackage.json.');
  const tables = {} as Tables;
  for (const name of TABLE_NAMES) {
    const file = files[TABLES[name].path];
    tables[name] = file ? (parse(strFromU8(file).replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true }) as Row[]) : [];
    refuseBadCells(name, tables[name]);
  }
  return tables;
}

/**
 * Every cell read is checked as the mutations check text (CPR-like numbers, control characters), before anything
 * is written; an id column's valid UUID is left alone (its hex digits can spell ddmmyy-nnnn by chance).
 */
function refuseBadCells(name: TableName, rows: Row[]): void {
  const ids = new Set<string>(TABLES[name].columns.filter((c) => 'format' in c && c.format === 'uuid').map((c) => c.name));
  rows.forEach((row, i) => {
    for (const [column, value] of Object.entries(row)) {
      if (!value || (ids.has(column) && isUuid(value))) continue;
      const problem = textProblem(value, { multiLine: true, refuseCpr: true });
      if (problem)
        throw new HsdsBadRequest(`Pakken er afvist, intet er gemt. ${TABLES[name].path}, række ${i + 2}, kolonne ${column}: ${problem}`);
    }
  });
}
