import type { CreateThemeDayInput, ThemeDayKind, ThemeDayVisibility } from '../../gql/graphql';
import { localInputValue, readMoment } from '../../lib/danish-time';
import type { SelectOption } from '../../lib/SelectField';
import { useDraftForm } from '../network/form-kit';
import type { FieldErrors, Outcome } from '../records/edit/form-errors';

export type ThemeDayDraft = Record<DraftField, string>;
type DraftField =
  | 'networkId'
  | 'kind'
  | 'title'
  | 'topic'
  | 'description'
  | 'venue'
  | 'onlineUrl'
  | 'startsAt'
  | 'endsAt'
  | 'capacity'
  | 'registrationOpensAt'
  | 'registrationClosesAt'
  | 'visibility';

export type ThemeDayValues = Omit<CreateThemeDayInput, 'networkId'>;

const LABELS: Record<DraftField, string> = {
  networkId: 'Netværk',
  kind: 'Type',
  title: 'Titel',
  topic: 'Emne',
  description: 'Beskrivelse',
  venue: 'Sted (adresse)',
  onlineUrl: 'Onlinelink',
  startsAt: 'Starter',
  endsAt: 'Slutter',
  capacity: 'Antal pladser',
  registrationOpensAt: 'Tilmelding åbner',
  registrationClosesAt: 'Tilmelding lukker',
  visibility: 'Hvem kan tilmelde sig',
};

/**
 * A moment no theme day can have: sent in place of a date the form could not read, so the server still checks every
 * other field in the same answer; it always breaks a rule (in the past, or ending before the start), so nothing is saved.
 */
const NEVER = '1970-01-01T00:00';

export function draftOf(day?: {
  kind: string;
  title: string;
  topic: string;
  description?: string | null;
  venue?: string | null;
  onlineUrl?: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  visibility: string;
}): ThemeDayDraft {
  const at = (value?: string | null) => (value ? localInputValue(new Date(value)) : '');
  return {
    networkId: '',
    kind: day?.kind ?? 'THEME_DAY',
    title: day?.title ?? '',
    topic: day?.topic ?? '',
    description: day?.description ?? '',
    venue: day?.venue ?? '',
    onlineUrl: day?.onlineUrl ?? '',
    startsAt: at(day?.startsAt),
    endsAt: at(day?.endsAt),
    capacity: day ? String(day.capacity) : '',
    registrationOpensAt: at(day?.registrationOpensAt),
    registrationClosesAt: at(day?.registrationClosesAt),
    visibility: day?.visibility ?? 'MEMBERS',
  };
}

/** The draft as the API wants it, and the dates the form could not read (their messages are shown with the server's). */
function toInput(draft: ThemeDayDraft): { values: ThemeDayValues; local: FieldErrors } {
  const local: FieldErrors = {};
  const moment = (name: DraftField, required: boolean): string | null => {
    const text = draft[name].trim();
    if (!text) {
      if (required) local[name] = 'Skal udfyldes.';
      return required ? NEVER : null;
    }
    const read = readMoment(text);
    if (read.ok) return text;
    local[name] = read.message;
    return required ? NEVER : null;
  };
  const optional = (name: DraftField) => draft[name].trim() || null;
  const values: ThemeDayValues = {
    kind: draft.kind as ThemeDayKind,
    title: draft.title,
    topic: draft.topic,
    description: optional('description'),
    venue: optional('venue'),
    onlineUrl: optional('onlineUrl'),
    startsAt: moment('startsAt', true) ?? NEVER,
    endsAt: moment('endsAt', true) ?? NEVER,
    capacity: seats(draft.capacity, local),
    registrationOpensAt: moment('registrationOpensAt', false),
    registrationClosesAt: moment('registrationClosesAt', false),
    visibility: draft.visibility as ThemeDayVisibility,
  };
  return { values, local };
}

/** Seats as a GraphQL Int: a number that is not one is named here, and 0 or 5001 lets the server name its limits. */
function seats(text: string, local: FieldErrors): number {
  const n = Number(text.trim() || '0');
  if (!Number.isInteger(n)) {
    local.capacity = 'Antal pladser skal være et helt tal.';
    return 0;
  }
  return Math.max(0, Math.min(n, 5001));
}

/** Create or edit a theme day: every invalid field at once, next to the field and in a summary, in the server's words. */
export function ThemeDayForm({
  initial,
  networks,
  submitLabel,
  onSubmit,
}: {
  initial: ThemeDayDraft;
  networks?: { id: string; name: string }[];
  submitLabel: string;
  onSubmit: (values: ThemeDayValues, networkId: string) => Promise<Outcome>;
}) {
  const { draft, busy, submit, text, area, choice, banner } = useDraftForm(initial, LABELS, 'themeday');
  const local = () => {
    const found = toInput(draft).local;
    if (networks && !draft.networkId) found.networkId = 'Vælg et netværk.';
    return found;
  };

  return (
    <form noValidate onSubmit={submit(() => onSubmit(toInput(draft).values, draft.networkId), local)} className="record-form">
      {banner}
      <fieldset>
        <legend className="h3">Temadagen</legend>
        {networks && choice('networkId', [['', 'Vælg netværk'], ...networks.map((n): SelectOption => [n.id, n.name])])}
        {choice('kind', [
          ['THEME_DAY', 'Temadag'],
          ['JOINT_CASE_DISCUSSION', 'Fælles sagsdrøftelse'],
        ])}
        {text('title')}
        {area('topic')}
        {area('description')}
        {text('venue', 'text', 'Et sted, et onlinelink eller begge.')}
        {text('onlineUrl', 'url')}
        {text('startsAt', 'datetime-local', 'Dansk tid.')}
        {text('endsAt', 'datetime-local', 'Dansk tid.')}
        {text('capacity', 'number')}
        {text('registrationOpensAt', 'datetime-local', 'Tom: åben fra nu.')}
        {text('registrationClosesAt', 'datetime-local', 'Tom: når dagen begynder.')}
        {choice('visibility', [
          ['MEMBERS', 'Kun netværkets medlemmer'],
          ['PUBLIC', 'Alle (offentlig)'],
        ])}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
