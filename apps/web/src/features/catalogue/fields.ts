import type { FieldSpec } from '../records/edit/RecordFieldsForm';

const SECTORS = [
  ['', 'Vælg sektor'],
  ['MUNICIPAL', 'Kommune'],
  ['REGIONAL', 'Region'],
  ['STATE', 'Stat'],
  ['CIVIL_SOCIETY', 'Frivillig organisation'],
  ['PRIVATE', 'Privat'],
] as const;

export const ORGANISATION_FIELDS: FieldSpec[] = [
  { name: 'name', label: 'Navn', required: true, hint: 'Fx Helsingør Kommune.' },
  { name: 'sector', label: 'Sektor', kind: 'select', options: SECTORS },
  { name: 'municipalityCode', label: 'Kommunekode', hint: 'Fire cifre, fx 0217 (skal udfyldes for en kommune).' },
  { name: 'region', label: 'Region', hint: 'Fx hovedstaden eller 1084 (skal udfyldes for en region).' },
  { name: 'address', label: 'Adresse', hint: 'Fx Stengade 59, 3000 Helsingør.' },
  { name: 'website', label: 'Hjemmeside', hint: 'Begynder med https://.' },
  { name: 'description', label: 'Beskrivelse', kind: 'textarea' },
  {
    name: 'verificationIntervalDays',
    label: 'Dage mellem bekræftelser',
    kind: 'number',
    hint: 'Hvor ofte kontakter og tilbud skal bekræftes (7–3650 dage, normalt 180).',
  },
];

const UNIT_KINDS = [
  ['TEAM', 'Team'],
  ['AFDELING', 'Afdeling'],
  ['CENTER', 'Center'],
  ['FORVALTNING', 'Forvaltning'],
] as const;

/** A unit's fields; `units` are the places it can sit under, [id, name]. */
export function unitFields(units: [string, string][]): FieldSpec[] {
  return [
    { name: 'name', label: 'Navn', required: true, hint: 'Fx Børne- og Ungerådgivningen.' },
    { name: 'kind', label: 'Niveau', kind: 'select', options: UNIT_KINDS },
    { name: 'parentId', label: 'Ligger under', kind: 'select', options: [['', 'Øverst i organisationen'], ...units] },
    { name: 'address', label: 'Adresse', hint: 'Fx Stengade 59, 3000 Helsingør.' },
    { name: 'description', label: 'Beskrivelse', kind: 'textarea' },
  ];
}

const ACCESS_ROUTES = [
  ['SELF_REFERRAL', 'Borgeren kan selv henvende sig'],
  ['ANONYMOUS', 'Anonymt: ingen henvisning, ingen registrering'],
  ['REFERRAL', 'Kræver henvisning (fx egen læge, hospital, sagsbehandler)'],
  ['VISITATION', 'Kræver en kommunal afgørelse (visitation)'],
] as const;

/** A new offer's fields; `units` are the units it can belong to, [id, name]. */
export function newOfferFields(units: [string, string][]): FieldSpec[] {
  return [
    { name: 'name', label: 'Navn', required: true, hint: 'Fx Ungerådgivningen Helsingør.' },
    { name: 'unitId', label: 'Enhed', kind: 'select', options: [['', 'Ingen (hele organisationen)'], ...units] },
    { name: 'accessRoute', label: 'Adgang', kind: 'select', options: ACCESS_ROUTES },
    { name: 'decidedBy', label: 'Visiteres af', hint: 'Skal udfyldes, når tilbuddet kræver visitation.' },
    { name: 'description', label: 'Beskrivelse', kind: 'textarea' },
    { name: 'helpText', label: 'Hvad tilbuddet hjælper med', kind: 'textarea' },
    { name: 'ageMin', label: 'Alder fra', kind: 'number', hint: 'Den yngste, tilbuddet er for (0–120 år).' },
    { name: 'ageMax', label: 'Alder til', kind: 'number', hint: 'Den ældste, tilbuddet er for (0–120 år).' },
    { name: 'waitingTime', label: 'Ventetid' },
    { name: 'cost', label: 'Pris' },
    { name: 'address', label: 'Adresse', hint: 'Fx Stengade 59, 3000 Helsingør.' },
  ];
}
