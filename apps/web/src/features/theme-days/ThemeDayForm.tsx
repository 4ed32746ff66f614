import { useState, type FormEvent, type ReactNode } from 'react';
import type { CreateThemeDayInput, ThemeDayKind, ThemeDayVisibility } from '../../gql/graphql';
import { localInputValue, readMoment } from '../../lib/danish-time';
import { TextField } from '../../lib/TextField';
import { ErrorSummary, type FieldErrors, type Outcome } from '../records/edit/form-errors';

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
  const [draft, setDraft] = useState(initial);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const errors: FieldErrors = outcome && !outcome.ok ? outcome.fieldErrors : {};
  const set = (name: DraftField) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: event.target.value }));
  const id = (name: DraftField) => `themeday-${name}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const { values, local } = toInput(draft);
    if (networks && !draft.networkId) local.networkId = 'Vælg et netværk.';
    try {
      const answer = await onSubmit(values, draft.networkId);
      const named = Object.keys(local).length;
      if (answer.ok && named) setOutcome({ ok: false, message: 'Ret de markerede felter.', fieldErrors: local });
      else if (!answer.ok) setOutcome({ ...answer, fieldErrors: { ...answer.fieldErrors, ...local } });
      else setOutcome(answer);
    } catch (error) {
      setOutcome({ ok: false, message: error instanceof Error ? error.message : String(error), fieldErrors: local });
    } finally {
      setBusy(false);
    }
  };

  const text = (name: DraftField, type = 'text', hint?: string) => (
    <TextField
      id={id(name)}
      label={LABELS[name]}
      hint={hint}
      error={errors[name]}
      type={type}
      inputMode={type === 'number' ? 'numeric' : undefined}
      value={draft[name]}
      onChange={set(name)}
    />
  );
  const choice = (name: DraftField, options: [string, string][]) => (
    <Group id={id(name)} label={LABELS[name]} error={errors[name]}>
      <select
        id={id(name)}
        className="form-select"
        value={draft[name]}
        onChange={set(name)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id(name)}-error` : undefined}
      >
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </Group>
  );
  const area = (name: DraftField) => (
    <Group id={id(name)} label={LABELS[name]} error={errors[name]}>
      <textarea
        id={id(name)}
        className="form-input"
        rows={4}
        value={draft[name]}
        onChange={set(name)}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id(name)}-error` : undefined}
      />
    </Group>
  );

  return (
    <form noValidate onSubmit={submit} className="record-form">
      {outcome && !outcome.ok ? <ErrorSummary message={outcome.message} errors={errors} labels={LABELS} idPrefix="themeday" /> : null}
      {outcome?.ok ? (
        <div className="alert alert-success" role="status">
          <p className="alert-heading">{outcome.message}</p>
        </div>
      ) : null}
      <fieldset>
        <legend className="h3">Temadagen</legend>
        {networks && choice('networkId', [['', 'Vælg netværk'], ...networks.map((n): [string, string] => [n.id, n.name])])}
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

function Group({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">Fejl: </span>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}
