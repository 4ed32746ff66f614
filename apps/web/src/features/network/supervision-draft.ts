import type { CreateSupervisionGroupInput, Sector } from '../../gql/graphql';
import { localInputValue, readMoment } from '../../lib/danish-time';
import { outcomeOf, type FieldErrors, type Outcome } from '../records/edit/form-errors';
import { fieldErrorsOf, isFailure } from '../../lib/mutation-failure';

export type GroupField =
  | 'name'
  | 'focus'
  | 'description'
  | 'facilitatorName'
  | 'facilitatorEmail'
  | 'venue'
  | 'firstSessionAt'
  | 'sessionMinutes'
  | 'frequency'
  | 'recurrence'
  | 'exceptions'
  | 'minSeats'
  | 'maxSeats'
  | 'partyCap'
  | CapField
  | 'status';
/** One field per sector for its cap: `capMUNICIPAL`, …; empty is no cap. */
export type CapField = `cap${Sector}`;
export type GroupDraft = Record<GroupField, string>;
export type GroupValues = Omit<CreateSupervisionGroupInput, 'networkId'>;

export const GROUP_LABELS: Record<GroupField, string> = {
  name: 'Navn',
  focus: 'Fokus',
  description: 'Beskrivelse',
  facilitatorName: 'Supervisor',
  facilitatorEmail: 'Supervisorens e-mail',
  venue: 'Sted',
  firstSessionAt: 'Første møde',
  sessionMinutes: 'Mødets længde (minutter)',
  frequency: 'Gentages',
  recurrence: 'Antal møder',
  exceptions: 'Dage uden møde',
  minSeats: 'Mindste antal deltagere',
  maxSeats: 'Største antal deltagere',
  partyCap: 'Højst pladser pr. part',
  capMUNICIPAL: 'Højst pladser fra kommuner',
  capREGIONAL: 'Højst pladser fra regioner',
  capCIVIL_SOCIETY: 'Højst pladser fra frivillige organisationer',
  capSTATE: 'Højst pladser fra statslige organisationer',
  capPRIVATE: 'Højst pladser fra private organisationer',
  status: 'Ansøgning',
};

/** The sectors a group's seats can be capped for, in the order the form shows them. */
export const CAPPED_SECTORS: Sector[] = ['MUNICIPAL', 'REGIONAL', 'CIVIL_SOCIETY', 'STATE', 'PRIVATE'];
export const capField = (sector: Sector): CapField => `cap${sector}`;

export const FREQUENCIES: [string, string][] = [
  ['WEEKLY;INTERVAL=1', 'Hver uge'],
  ['WEEKLY;INTERVAL=2', 'Hver anden uge'],
  ['WEEKLY;INTERVAL=3', 'Hver tredje uge'],
  ['WEEKLY;INTERVAL=4', 'Hver fjerde uge'],
  ['MONTHLY', 'Hver måned (samme ugedag i samme uge)'],
];

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The draft of an existing group (or a new one): the rule read back as frequency and number of sessions. */
export function groupDraftOf(group?: {
  name: string;
  focus: string;
  description?: string | null;
  facilitatorName: string;
  facilitatorEmail?: string | null;
  venue?: string | null;
  firstSessionAt: string;
  sessionMinutes: number;
  recurrence: string;
  exceptions: string[];
  minSeats: number;
  maxSeats: number;
  partyCap?: number | null;
  sectorCaps?: { sector: Sector; max: number }[];
  status: string;
  sessions: unknown[];
}): GroupDraft {
  const parts = new Map((group?.recurrence ?? '').split(';').map((p): [string, string] => [p.split('=')[0], p.split('=')[1] ?? '']));
  const frequency = parts.get('FREQ') === 'MONTHLY' ? 'MONTHLY' : `WEEKLY;INTERVAL=${parts.get('INTERVAL') ?? '1'}`;
  return {
    name: group?.name ?? '',
    focus: group?.focus ?? '',
    description: group?.description ?? '',
    facilitatorName: group?.facilitatorName ?? '',
    facilitatorEmail: group?.facilitatorEmail ?? '',
    venue: group?.venue ?? '',
    firstSessionAt: group ? localInputValue(new Date(group.firstSessionAt)) : '',
    sessionMinutes: group ? String(group.sessionMinutes) : '180',
    frequency: FREQUENCIES.some(([v]) => v === frequency) ? frequency : 'WEEKLY;INTERVAL=3',
    recurrence: group ? (parts.get('COUNT') ?? String(group.sessions.length)) : '12',
    exceptions: (group?.exceptions ?? []).join('\n'),
    minSeats: group ? String(group.minSeats) : '6',
    maxSeats: group ? String(group.maxSeats) : '12',
    partyCap: group?.partyCap ? String(group.partyCap) : '',
    ...capsDraftOf(group?.sectorCaps ?? []),
    status: group?.status ?? 'OPEN',
  };
}

function capsDraftOf(caps: { sector: Sector; max: number }[]): Record<CapField, string> {
  const of = (sector: Sector) => String(caps.find((c) => c.sector === sector)?.max ?? '');
  return {
    capMUNICIPAL: of('MUNICIPAL'),
    capREGIONAL: of('REGIONAL'),
    capCIVIL_SOCIETY: of('CIVIL_SOCIETY'),
    capSTATE: of('STATE'),
    capPRIVATE: of('PRIVATE'),
  };
}

/** An RRULE from the first session's weekday (and its week of the month, for a monthly rule). */
function ruleOf(draft: GroupDraft, first: string | null, count: number | null): string {
  const pieces = [`FREQ=${draft.frequency}`];
  const day = first ? /^(\d{4})-(\d{2})-(\d{2})/.exec(first) : null;
  if (day) {
    const weekday = DAYS[new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).getUTCDay()];
    pieces.push(draft.frequency === 'MONTHLY' ? `BYDAY=${Math.ceil(Number(day[3]) / 7)}${weekday}` : `BYDAY=${weekday}`);
  }
  if (count !== null) pieces.push(`COUNT=${count}`);
  return pieces.join(';');
}

/** A whole number from a field, or why not; out-of-range numbers go to the server, which names its limits. */
function whole(draft: GroupDraft, name: GroupField, local: FieldErrors, what: string, empty: number | null): number | null {
  const text = draft[name].trim();
  if (!text) return empty;
  const n = Number(text);
  if (Number.isInteger(n)) return Math.max(-1, Math.min(n, 100000));
  local[name] = `${what} skal være et helt tal.`;
  return 0;
}

/**
 * The draft as the API wants it, and what the page found itself. When the page found something, the rule is sent
 * empty so nothing is saved, and the server's word on the rule is not shown (`ruleUnchecked`) unless the page has one.
 */
export function groupInputOf(draft: GroupDraft): { values: GroupValues; local: FieldErrors; ruleUnchecked: boolean } {
  const local: FieldErrors = {};
  const firstText = draft.firstSessionAt.trim();
  const read = firstText ? readMoment(firstText) : null;
  if (!firstText) local.firstSessionAt = 'Angiv tidspunktet for første møde.';
  else if (read && !read.ok) local.firstSessionAt = read.message;
  const scheduleUnknown = !!local.firstSessionAt;
  const count = whole(draft, 'recurrence', local, 'Antal møder', null);
  if (count === null) local.recurrence = 'Angiv antal møder.';
  else if (!local.recurrence && (count < 1 || count > 200)) local.recurrence = 'Antal møder skal være mellem 1 og 200.';
  const optional = (name: GroupField) => draft[name].trim() || null;
  const values: GroupValues = {
    name: draft.name,
    focus: draft.focus,
    description: optional('description'),
    facilitatorName: draft.facilitatorName,
    facilitatorEmail: optional('facilitatorEmail'),
    venue: optional('venue'),
    firstSessionAt: scheduleUnknown ? '2000-01-01T00:00' : firstText,
    sessionMinutes: whole(draft, 'sessionMinutes', local, 'Mødets længde', 0) ?? 0,
    recurrence: ruleOf(draft, firstText, count),
    exceptions: daysOf(draft.exceptions, local),
    minSeats: whole(draft, 'minSeats', local, 'Mindste antal deltagere', null),
    maxSeats: whole(draft, 'maxSeats', local, 'Største antal deltagere', null),
    partyCap: whole(draft, 'partyCap', local, 'Loftet pr. part', 0),
    sectorCaps: CAPPED_SECTORS.flatMap((sector) => {
      const max = whole(draft, capField(sector), local, 'Loftet for sektoren', null);
      return max === null ? [] : [{ sector, max }];
    }),
  };
  // Anything the page found itself stops the save: an empty rule never passes, and the server still checks the rest.
  const stopped = Object.keys(local).length > 0;
  if (stopped) values.recurrence = '';
  return { values, local, ruleUnchecked: stopped && !local.recurrence };
}

/** Days without a session, one a line; the API's date type refuses a whole request for one bad day, so they are named here. */
function daysOf(text: string, local: FieldErrors): string[] {
  const days = text.split(/[\s,]+/).filter(Boolean);
  const real = (d: string) => {
    const at = new Date(`${d}T12:00:00Z`);
    return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === d;
  };
  const bad = days.filter((d) => !real(d));
  if (bad.length) local.exceptions = `Dato skal skrives ÅÅÅÅ-MM-DD og findes i kalenderen: ${bad.join(', ')}.`;
  return days.filter((d) => !bad.includes(d));
}

/**
 * A save's answer as an Outcome, with the server's words on a sector cap ("input.sectorCaps.1.max") put next to that
 * sector's field: the caps were sent in `values.sectorCaps`' order.
 */
export function groupOutcome(result: object, values: GroupValues, done: string): Outcome {
  if (!isFailure(result)) return outcomeOf(result, done);
  const caps = values.sectorCaps ?? [];
  const fieldErrors = fieldErrorsOf(result).map(({ path, message }) => {
    const cap = /^input\.sectorCaps\.(\d+)(\.|$)/.exec(path);
    const sector = cap ? caps[Number(cap[1])]?.sector : undefined;
    return { path: sector ? `input.${capField(sector)}` : path, message };
  });
  return outcomeOf({ ...result, fieldErrors }, done);
}
