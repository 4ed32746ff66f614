// Plain Danish lines for what changed in a contact or offer, from the audit trail's field changes.

import { danishFormat } from '#core';

export type RecordType = 'Contact' | 'Offer';

/** One field's value at the start and at the end of the digest's period (parsed from the audit trail). */
export interface NetChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Names the lines refer to: other contacts (successor, deputy), units, municipalities and situations. */
export interface Names {
  contact(id: string): string | undefined;
  unit(id: string): string | undefined;
  municipality(code: string): string;
  situation(key: string): string;
}

/** Fields that say nothing a colleague in another sector needs to know. */
const QUIET = new Set([
  'id',
  'organisationId',
  'createdAt',
  'updatedAt',
  'lastVerifiedAt',
  'lastVerifiedBy',
  'ownerAccountId',
  'ownerUnitId',
  'formerNames',
  'latitude',
  'longitude',
  'isDemo',
]);

const CHANNEL_LABEL: Record<string, string> = {
  PHONE: 'Telefonnummer',
  SMS: 'SMS-nummer',
  EMAIL: 'E-mailadresse',
  WEB: 'Webadresse',
  CHAT: 'Chatlink',
  VIDEO: 'Videolink',
  DROP_IN: 'Drop-in-sted',
};

const ACCESS_ROUTE: Record<string, string> = {
  ANONYMOUS: 'anonymt – uden henvisning og registrering',
  SELF_REFERRAL: 'selvhenvendelse',
  REFERRAL: 'henvisning',
  VISITATION: 'visitation',
};

const STATUS: Record<string, string> = { ENDED: 'Tilbud lukket', PAUSED: 'Tilbud sat på pause', ACTIVE: 'Tilbud åbnet igen' };

const dateFormat = danishFormat.plainDate;

/** Parses an audit value (JSON text); a value that is not JSON is taken as it is. */
export function auditValue(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

/** Net changes over several events: each field from its first `before` to its last `after`; fields back where they began drop out. */
export function netChanges(events: { field: string; before: string | null; after: string | null }[][]): NetChange[] {
  const net = new Map<string, { before: string | null; after: string | null }>();
  for (const changes of events) {
    for (const change of changes) {
      const seen = net.get(change.field);
      if (seen) seen.after = change.after;
      else net.set(change.field, { before: change.before, after: change.after });
    }
  }
  return [...net.entries()]
    .filter(([, v]) => v.before !== v.after)
    .map(([field, v]) => ({ field, before: auditValue(v.before), after: auditValue(v.after) }));
}

/**
 * What changed, one line each. `state` is the record as it is now (or was when deleted), for the
 * parts of a line that did not change (the other end of an age range).
 */
export function describeChanges(type: RecordType, changes: NetChange[], state: Record<string, unknown> | null, names: Names): string[] {
  const byField = new Map(changes.map((c) => [c.field, c]));
  const left = byField.get('leftAt');
  if (left?.after) return [stopped(byField.get('successorId')?.after ?? state?.successorId, names)];

  const lines: string[] = [];
  let other = false;
  const ages = { min: 'ageMin', max: 'ageMax', primaryMin: 'primaryAgeMin', primaryMax: 'primaryAgeMax' };
  if (byField.has(ages.min) || byField.has(ages.max)) lines.push(`Aldersgruppe ændret til ${ageRange(value(ages.min), value(ages.max))}`);
  if (byField.has(ages.primaryMin) || byField.has(ages.primaryMax)) {
    lines.push(`Hovedmålgruppe ændret til ${ageRange(value(ages.primaryMin), value(ages.primaryMax))}`);
  }
  for (const change of changes) {
    if (QUIET.has(change.field) || Object.values(ages).includes(change.field)) continue;
    const line = describeField(type, change, names);
    if (line === null) other = true;
    else lines.push(...line);
  }
  if (other) lines.push('Andre oplysninger ændret');
  return lines;

  function value(field: string): unknown {
    const change = byField.get(field);
    return change ? change.after : state?.[field];
  }
}

function describeField(type: RecordType, change: NetChange, names: Names): string[] | null {
  const { field, before, after } = change;
  switch (field) {
    case 'leftAt':
      return ['Registreret som aktiv igen'];
    case 'successorId':
      return after ? [`Henviser nu videre til ${names.contact(String(after)) ?? 'en anden kontakt'}`] : [];
    case 'name':
      return [`Navn ændret fra "${clip(before)}" til "${clip(after)}"`];
    case 'kind':
      return [after === 'FUNCTION' ? 'Er nu en funktion (fx en fælles linje) i stedet for en person' : 'Er nu en navngiven person'];
    case 'roleTitle':
      return [text('Titel', after)];
    case 'helpText':
      return [
        type === 'Contact'
          ? 'Beskrivelsen af, hvad de kan hjælpe med, er ændret'
          : 'Beskrivelsen af, hvad tilbuddet hjælper med, er ændret',
      ];
    case 'description':
      return ['Beskrivelsen er ændret'];
    case 'channels':
      return channelLines(before, after);
    case 'openingHours':
      return [after ? 'Åbningstider ændret' : 'Åbningstider fjernet'];
    case 'deputyId':
      return [after ? `Stedfortræder ændret til ${names.contact(String(after)) ?? 'en anden kontakt'}` : 'Stedfortræder fjernet'];
    case 'unitId':
      return [after ? `Flyttet til ${names.unit(String(after)) ?? 'en anden enhed'}` : 'Ikke længere knyttet til en enhed'];
    case 'situationKeys':
      return listLines('Situationer', strings(before), strings(after), names.situation);
    case 'problemKeys':
      return ['Problemområder ændret'];
    case 'municipalityCodes': {
      const codes = strings(after);
      return [codes.length ? `Dækker nu: ${codes.map(names.municipality).join(', ')}` : 'Dækker nu organisationens eget område'];
    }
    case 'status':
      return [STATUS[String(after)] ?? 'Status ændret'];
    case 'accessRoute':
      return [`Adgang ændret til ${ACCESS_ROUTE[String(after)] ?? String(after)}`];
    case 'dualDiagnosisAccepted':
      return [
        after === true
          ? 'Tager nu imod borgere med dobbeltdiagnose'
          : after === false
            ? 'Tager ikke længere imod borgere med dobbeltdiagnose'
            : 'Oplysningen om dobbeltdiagnose er fjernet',
      ];
    case 'holdsAuthority':
      return [after ? 'Har nu myndighed (en henvendelse kan åbne en sag)' : 'Har ikke længere myndighed'];
    case 'notFor':
      return [text('Hvem tilbuddet ikke er for', after)];
    case 'referredBy':
      return [text('Hvem der kan henvise', after)];
    case 'decidedBy':
      return [text('Hvem der visiterer', after)];
    case 'legalBasis':
      return ['Lovgrundlag ændret'];
    case 'waitingTime':
      return [text('Ventetid', after)];
    case 'capacity':
      return [text('Kapacitet', after)];
    case 'cost':
      return [text('Pris', after)];
    case 'languages':
      return [strings(after).length ? `Sprog ændret til ${strings(after).join(', ')}` : 'Sprog fjernet'];
    case 'address':
      return [text('Adresse', after)];
    case 'startsOn':
      return [date('Startdato', after)];
    case 'endsOn':
      return [date('Slutdato', after)];
    default:
      return null;
  }
}

function stopped(successorId: unknown, names: Names): string {
  const successor = typeof successorId === 'string' ? names.contact(successorId) : undefined;
  return successor ? `Kontakt stoppet – ${successor} har overtaget` : 'Kontakt stoppet';
}

function text(label: string, after: unknown): string {
  return after === null || after === '' ? `${label} fjernet` : `${label} ændret til "${clip(after)}"`;
}

function date(label: string, after: unknown): string {
  if (typeof after !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(after)) return `${label} fjernet`;
  return `${label} ændret til ${dateFormat.format(new Date(`${after.slice(0, 10)}T00:00:00Z`))}`;
}

function ageRange(min: unknown, max: unknown): string {
  const lo = typeof min === 'number' ? min : null;
  const hi = typeof max === 'number' ? max : null;
  if (lo !== null && hi !== null) return `${lo}–${hi} år`;
  if (lo !== null) return `fra ${lo} år`;
  if (hi !== null) return `op til ${hi} år`;
  return 'alle aldre';
}

function listLines(label: string, before: string[], after: string[], name: (key: string) => string): string[] {
  const added = after.filter((k) => !before.includes(k));
  const removed = before.filter((k) => !after.includes(k));
  return [
    ...(added.length ? [`${label} tilføjet: ${added.map(name).join(', ')}`] : []),
    ...(removed.length ? [`${label} fjernet: ${removed.map(name).join(', ')}`] : []),
  ];
}

interface ChannelValue {
  kind: string;
  value: string;
}

function channels(raw: unknown): ChannelValue[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((c): c is ChannelValue => typeof c === 'object' && c !== null && 'kind' in c && 'value' in c);
}

/** Per kind of channel: a value replaced, added or removed; label or visibility alone is "Kontaktoplysninger ændret". */
function channelLines(beforeRaw: unknown, afterRaw: unknown): string[] {
  const before = channels(beforeRaw);
  const after = channels(afterRaw);
  const kinds = [...new Set([...before, ...after].map((c) => c.kind))];
  const lines = kinds.flatMap((kind) => {
    const label = CHANNEL_LABEL[kind] ?? 'Kontaktkanal';
    const was = before.filter((c) => c.kind === kind).map((c) => c.value);
    const is = after.filter((c) => c.kind === kind).map((c) => c.value);
    const removed = was.filter((v) => !is.includes(v));
    const added = is.filter((v) => !was.includes(v));
    if (removed.length === 1 && added.length === 1) return [`${label} ændret fra ${clip(removed[0])} til ${clip(added[0])}`];
    return [...added.map((v) => `${label} tilføjet: ${clip(v)}`), ...removed.map((v) => `${label} fjernet: ${clip(v)}`)];
  });
  return lines.length ? lines : ['Kontaktoplysninger ændret (betegnelse eller synlighed)'];
}

function strings(raw: unknown): string[] {
  return Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
}

function clip(raw: unknown, max = 160): string {
  const s = typeof raw === 'string' ? raw : raw === null || raw === undefined ? '' : JSON.stringify(raw);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
