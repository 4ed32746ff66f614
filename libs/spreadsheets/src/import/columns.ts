import { registerEnumType } from '@nestjs/graphql';

/** What a column of an import sheet holds. */
export enum ImportField {
  TYPE = 'TYPE',
  NAME = 'NAME',
  EXTERNAL_ID = 'EXTERNAL_ID',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  WEB = 'WEB',
  ROLE_TITLE = 'ROLE_TITLE',
  DESCRIPTION = 'DESCRIPTION',
  TARGET_GROUP = 'TARGET_GROUP',
  AGE = 'AGE',
  AGE_FROM = 'AGE_FROM',
  AGE_TO = 'AGE_TO',
  MUNICIPALITY = 'MUNICIPALITY',
  ACCESS = 'ACCESS',
  SITUATION = 'SITUATION',
  OPENING_HOURS = 'OPENING_HOURS',
  LAST_VERIFIED = 'LAST_VERIFIED',
  VERIFIED_BY = 'VERIFIED_BY',
  IGNORE = 'IGNORE',
}
registerEnumType(ImportField, { name: 'ImportField', description: 'What a column of an imported spreadsheet holds (IGNORE: nothing).' });

/** The Danish header a column is shown with (also what the export writes). */
export const FIELD_LABELS: Record<ImportField, string> = {
  TYPE: 'Type',
  NAME: 'Navn',
  EXTERNAL_ID: 'Eksternt id',
  PHONE: 'Telefon',
  EMAIL: 'E-mail',
  WEB: 'Hjemmeside',
  ROLE_TITLE: 'Stilling',
  DESCRIPTION: 'Beskrivelse',
  TARGET_GROUP: 'Målgruppe',
  AGE: 'Alder',
  AGE_FROM: 'Alder fra',
  AGE_TO: 'Alder til',
  MUNICIPALITY: 'Kommune',
  ACCESS: 'Adgang',
  SITUATION: 'Situation',
  OPENING_HOURS: 'Åbningstid',
  LAST_VERIFIED: 'Sidst bekræftet',
  VERIFIED_BY: 'Bekræftet af',
  IGNORE: '(ignoreres)',
};

/** Headers each field is recognised by, Danish and English, compared without case, spaces, dashes or dots. */
const SYNONYMS: [ImportField, string[]][] = [
  [ImportField.TYPE, ['type', 'art', 'slags', 'kind']],
  [ImportField.NAME, ['navn', 'name', 'titel', 'tilbud', 'kontakt', 'title']],
  [ImportField.EXTERNAL_ID, ['eksterntid', 'externalid', 'id', 'eksternid', 'noegle', 'nøgle', 'key']],
  [ImportField.PHONE, ['telefon', 'tlf', 'telefonnummer', 'phone', 'telephone', 'mobil']],
  [ImportField.EMAIL, ['email', 'mail', 'emailadresse', 'epost']],
  [ImportField.WEB, ['hjemmeside', 'web', 'website', 'url', 'link']],
  [ImportField.ROLE_TITLE, ['stilling', 'rolle', 'role', 'jobtitle', 'funktion']],
  [ImportField.DESCRIPTION, ['beskrivelse', 'description', 'omtale']],
  [ImportField.TARGET_GROUP, ['målgruppe', 'maalgruppe', 'targetgroup', 'audience']],
  [ImportField.AGE, ['alder', 'age', 'aldersgruppe', 'agerange']],
  [ImportField.AGE_FROM, ['alderfra', 'agefrom', 'minalder', 'minimumage', 'agemin']],
  [ImportField.AGE_TO, ['aldertil', 'ageto', 'maksalder', 'maxalder', 'maximumage', 'agemax']],
  [ImportField.MUNICIPALITY, ['kommune', 'kommuner', 'municipality', 'municipalities', 'kommunekode']],
  [ImportField.ACCESS, ['adgang', 'adgangsvej', 'access', 'accessroute', 'henvisning']],
  [ImportField.SITUATION, ['situation', 'situationer', 'situations']],
  [ImportField.OPENING_HOURS, ['åbningstid', 'åbningstider', 'aabningstid', 'openinghours', 'hours', 'træffetid']],
  [ImportField.LAST_VERIFIED, ['sidstbekræftet', 'sidstbekraeftet', 'lastverified', 'verified', 'bekræftet']],
  [ImportField.VERIFIED_BY, ['bekræftetaf', 'bekraeftetaf', 'verifiedby']],
];

const BY_HEADER = new Map(SYNONYMS.flatMap(([field, names]) => names.map((n) => [n, field] as const)));

function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s\-_.:()]/g, '');
}

/** The field a header names, if it is one Vejviser knows. */
export function fieldOfHeader(header: string): ImportField | null {
  return BY_HEADER.get(normaliseHeader(header)) ?? null;
}

/** Column header → field: the explicit mapping first (by header), then the known headers. */
export type ColumnMapping = Record<string, ImportField>;

/** The field of each column (null: not used), from `mapping` and then the headers themselves. */
export function mapColumns(headers: string[], mapping: ColumnMapping = {}): (ImportField | null)[] {
  const explicit = new Map(Object.entries(mapping).map(([header, field]) => [normaliseHeader(header), field]));
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = explicit.get(normaliseHeader(header)) ?? fieldOfHeader(header);
    if (!field || field === ImportField.IGNORE || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}
