import { textProblem, type FieldError } from '#core';
import { ContactKind, type AccessRoute } from '#directory';
import { FIELD_LABELS, ImportField } from './columns.js';
import { sheetHours, type SheetHours } from './opening-hours.js';
import type { Sheet } from './read-sheet.js';
import {
  readAccessRoute,
  readAge,
  readAgeRange,
  readDate,
  readKind,
  readMunicipalities,
  readPhones,
  readSituations,
  splitList,
  type Read,
} from './values.js';

export type RecordKind = 'CONTACT' | 'OFFER';

/** One problem with one cell (or a whole row: column ""), with a Danish message. */
export interface RowProblem {
  rowNumber: number;
  column: string;
  message: string;
}

/** The fields a row sets; a field whose column the sheet lacks is left out, so an update never clears it. */
export interface RowValues {
  phones?: string[];
  emails?: string[];
  webs?: string[];
  roleTitle?: string | null;
  description?: string | null;
  helpText?: string | null;
  ageMin?: number | null;
  ageMax?: number | null;
  municipalityCodes?: string[];
  accessRoute?: AccessRoute | null;
  situations?: string[];
  /** From "Åbningstid": weekly hours when the text could be read, the text itself as the note when not fully. */
  openingHours?: SheetHours;
  lastVerified?: string | null;
  verifiedBy?: string | null;
  /** A contact that is a named person ("Person", "Kontaktperson" in the type column); otherwise a function. */
  contactKind?: ContactKind;
}

export interface SheetRow {
  rowNumber: number;
  kind: RecordKind;
  name: string;
  externalId: string | null;
  values: RowValues;
  problems: RowProblem[];
  /** What the import did not fully understand but does not stop it (hours kept only as a note). */
  warnings: RowProblem[];
  /** Header of the column each field came from, for messages about a field the mutation refused. */
  columns: Partial<Record<ImportField, string>>;
}

export interface Reference {
  municipalities: { code: string; name: string }[];
  situations: { key: string; label: string }[];
}

/** The rows of a sheet read into fields, each with its problems (every cell CPR-checked). */
export function sheetRows(sheet: Sheet, fields: (ImportField | null)[], reference: Reference): SheetRow[] {
  const columns: Partial<Record<ImportField, string>> = {};
  fields.forEach((field, i) => field && (columns[field] = sheet.headers[i] || FIELD_LABELS[field]));
  const defaultKind: RecordKind = columns.ACCESS || columns.AGE || columns.AGE_FROM || columns.TARGET_GROUP ? 'OFFER' : 'CONTACT';
  return sheet.rows.map(({ rowNumber, cells }) => {
    const problems: RowProblem[] = [];
    cells.forEach((cell, i) => {
      const problem = cell ? textProblem(cell, { multiLine: true, refuseCpr: true }) : null;
      if (problem) problems.push({ rowNumber, column: sheet.headers[i] || `Kolonne ${i + 1}`, message: problem });
    });
    const cell = (field: ImportField): string | undefined => {
      const i = fields.indexOf(field);
      return i < 0 ? undefined : (cells[i] ?? '');
    };
    const read = <T>(field: ImportField, reader: (text: string) => Read<T>): T | null | undefined => {
      const text = cell(field);
      if (text === undefined) return undefined;
      if (text === '' || problems.some((p) => p.column === columns[field])) return null;
      const result = reader(text);
      if (result.ok) return result.value;
      problems.push({ rowNumber, column: columns[field]!, message: result.message });
      return null;
    };
    const textOf = (field: ImportField) => {
      const text = cell(field);
      return text === undefined ? undefined : text || null;
    };
    const values: RowValues = {};
    const phones = read(ImportField.PHONE, readPhones);
    if (phones !== undefined) values.phones = phones ?? [];
    const emails = textOf(ImportField.EMAIL);
    if (emails !== undefined) values.emails = emails ? splitList(emails) : [];
    const webs = textOf(ImportField.WEB);
    if (webs !== undefined) values.webs = webs ? [webs.match(/^https?:\/\//i) ? webs : `https://${webs}`] : [];
    for (const [field, key] of [
      [ImportField.ROLE_TITLE, 'roleTitle'],
      [ImportField.DESCRIPTION, 'description'],
      [ImportField.TARGET_GROUP, 'helpText'],
      [ImportField.VERIFIED_BY, 'verifiedBy'],
    ] as const) {
      const text = textOf(field);
      if (text !== undefined) values[key] = text;
    }
    const warnings: RowProblem[] = [];
    const hoursText = textOf(ImportField.OPENING_HOURS);
    if (hoursText !== undefined) {
      const { hours, understood } = sheetHours(hoursText);
      values.openingHours = hours;
      if (!understood && !problems.some((p) => p.column === columns.OPENING_HOURS)) {
        const message = hours.weekly?.length
          ? 'Åbningstiden kunne kun læses delvist; hele teksten gemmes også som note.'
          : 'Åbningstiden kunne ikke læses som ugentlige tider; teksten gemmes som note.';
        warnings.push({ rowNumber, column: columns.OPENING_HOURS!, message });
      }
    }
    const range = read(ImportField.AGE, readAgeRange);
    if (range !== undefined) Object.assign(values, { ageMin: range?.min ?? null, ageMax: range?.max ?? null });
    const from = read(ImportField.AGE_FROM, readAge);
    if (from !== undefined) values.ageMin = from;
    const to = read(ImportField.AGE_TO, readAge);
    if (to !== undefined) values.ageMax = to;
    // The ages of "Målgruppe: unge 13-30 år" when no column gives them.
    if (values.ageMin === undefined && values.ageMax === undefined && values.helpText && /\d/.test(values.helpText)) {
      const ages = readAgeRange(values.helpText);
      if (ages.ok) Object.assign(values, { ageMin: ages.value.min, ageMax: ages.value.max });
    }
    const municipalities = read(ImportField.MUNICIPALITY, (t) => readMunicipalities(t, reference.municipalities));
    if (municipalities !== undefined) values.municipalityCodes = municipalities ?? [];
    const access = read(ImportField.ACCESS, readAccessRoute);
    if (access !== undefined) values.accessRoute = access;
    const situations = read(ImportField.SITUATION, (t) => readSituations(t, reference.situations));
    if (situations !== undefined) values.situations = situations ?? [];
    const verified = read(ImportField.LAST_VERIFIED, readDate);
    if (verified !== undefined) values.lastVerified = verified;
    const name = cell(ImportField.NAME) ?? '';
    if (!columns.NAME) problems.push({ rowNumber, column: '', message: 'Arket har ingen kolonne med navn ("Navn").' });
    else if (!name) problems.push({ rowNumber, column: columns.NAME, message: 'Navn skal udfyldes.' });
    const kind = read(ImportField.TYPE, readKind) ?? defaultKind;
    const typeCell = cell(ImportField.TYPE);
    if (kind === 'CONTACT' && typeCell !== undefined) {
      values.contactKind = /^(person|kontaktperson)/i.test(typeCell) ? ContactKind.PERSON : ContactKind.FUNCTION;
    }
    return { rowNumber, kind, name, externalId: cell(ImportField.EXTERNAL_ID) || null, values, problems, warnings, columns };
  });
}

/** Field errors of a mutation (`input.channels.1.value`) as problems of the columns the fields came from. */
export function problemsOfFieldErrors(row: SheetRow, errors: FieldError[], channelColumns: (string | undefined)[]): RowProblem[] {
  const byField: Record<string, ImportField> = {
    name: ImportField.NAME,
    roleTitle: ImportField.ROLE_TITLE,
    description: ImportField.DESCRIPTION,
    helpText: ImportField.TARGET_GROUP,
    ageMin: ImportField.AGE_FROM,
    ageMax: ImportField.AGE_TO,
    municipalityCodes: ImportField.MUNICIPALITY,
    accessRoute: ImportField.ACCESS,
    situations: ImportField.SITUATION,
    openingHours: ImportField.OPENING_HOURS,
  };
  return errors.map((error) => {
    const [, field, index] = error.path.split('.');
    const fromField = byField[field] ? (row.columns[byField[field]] ?? (field.startsWith('age') ? row.columns.AGE : undefined)) : undefined;
    const column = field === 'channels' ? channelColumns[Number(index)] : fromField;
    return { rowNumber: row.rowNumber, column: column ?? '', message: error.message };
  });
}
