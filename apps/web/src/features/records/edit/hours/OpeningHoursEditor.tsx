import { useState, type ReactNode } from 'react';
import { formatDate } from '../../../../lib/danish-time';
import type { Outcome } from '../form-errors';
import { HoursExceptionForm, toExceptionInput, type ExceptionDraft } from './HoursExceptionForm';
import { HoursSettingsForm, toSettingsInput } from './HoursSettingsForm';
import { hoursOperations, EMPTY_HOURS, type Hours, type HoursAnswer } from './hours-operations';
import { WEEKDAYS, WeeklyHoursForm } from './WeeklyHoursForm';

const DAY = Object.fromEntries(WEEKDAYS);
const NEW_EXCEPTION: ExceptionDraft = { date: '', closed: true, opens: '', closes: '', note: '' };

/** One item of a list: its text with "Ret" and "Fjern", or its form while it is being changed. */
function Item({
  text,
  editing,
  form,
  onEdit,
  onRemove,
}: {
  text: string;
  editing: boolean;
  form: ReactNode;
  onEdit: () => void;
  onRemove: () => void;
}) {
  if (editing) return <li className="hours-item">{form}</li>;
  return (
    <li className="hours-item">
      <p>{text}</p>
      <button type="button" className="button button-secondary" onClick={onEdit}>
        Ret <span className="sr-only">{text}</span>
      </button>
      <button type="button" className="button button-tertiary" onClick={onRemove}>
        Fjern <span className="sr-only">{text}</span>
      </button>
    </li>
  );
}

function exceptionText(e: Hours['exceptions'][number]): string {
  const hours = e.closed ? 'lukket' : `${e.opens ?? ''}–${e.closes ?? ''}`;
  return `${formatDate(e.date)}: ${hours}${e.note ? ` (${e.note})` : ''}`;
}

/**
 * A record's opening hours item by item: the weekly hours and the dates with other hours (holidays, closed days).
 * Adding, changing or removing one leaves the others as they are.
 */
export function OpeningHoursEditor({
  record,
  recordId,
  initial,
}: {
  record: 'offer' | 'contact';
  recordId: string;
  initial: Hours | null;
}) {
  const [hours, setHours] = useState(initial ?? EMPTY_HOURS);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const ops = hoursOperations(record, recordId);
  const saved =
    (message: string, done?: () => void) =>
    (result: HoursAnswer): Outcome => {
      if (!('hours' in result)) return result;
      setHours(result.hours);
      setNotice(message);
      done?.();
      return { ok: true, message };
    };
  const removed = (message: string) => async (answer: Promise<HoursAnswer>) => {
    const outcome = saved(message)(await answer);
    if (!outcome.ok) setNotice(outcome.message);
  };
  const stopEditing = () => setEditing(null);
  return (
    <section className="hours-editor" aria-labelledby={`${record}-hours-heading`}>
      <h3 id={`${record}-hours-heading`}>Åbningstider</h3>
      <p role="status">{notice}</p>
      {hours.alwaysOpen ? <p>Døgnåben – alle dage, hele året.</p> : null}
      <p>{hours.openOnHolidays ? 'Samme tider på helligdage' : 'Lukket på helligdage'}, medmindre en undtagelse herunder siger andet.</p>
      {hours.note ? <p>Bemærkning: {hours.note}</p> : null}
      <h4>Indstillinger</h4>
      <HoursSettingsForm
        idPrefix={`${record}-hours-settings`}
        initial={{ alwaysOpen: hours.alwaysOpen, openOnHolidays: hours.openOnHolidays, note: hours.note ?? '' }}
        onSave={async (draft) => saved('Indstillingerne er gemt.')(await ops.setSettings(toSettingsInput(draft)))}
      />
      <h4>Faste ugentlige tider</h4>
      {hours.weekly.length === 0 ? <p>Ingen faste tider endnu.</p> : null}
      <ul className="nobullet-list">
        {hours.weekly.map((w) => (
          <Item
            key={w.id}
            text={`${DAY[w.day]} ${w.opens}–${w.closes}`}
            editing={editing === w.id}
            onEdit={() => setEditing(w.id)}
            onRemove={() => void removed('Tiden er fjernet.')(ops.removeWeekly(w.id))}
            form={
              <WeeklyHoursForm
                idPrefix={`weekly-${w.id}`}
                initial={{ day: w.day, opens: w.opens, closes: w.closes }}
                submitLabel="Gem tiden"
                onCancel={stopEditing}
                onSave={async (input) => saved('Tiden er ændret.', stopEditing)(await ops.updateWeekly(w.id, input))}
              />
            }
          />
        ))}
      </ul>
      <h4>Tilføj en ugentlig tid</h4>
      <WeeklyHoursForm
        idPrefix={`${record}-new-weekly`}
        initial={{ day: 'MON', opens: '', closes: '' }}
        submitLabel="Tilføj tiden"
        onSave={async (input) => saved('Tiden er tilføjet.')(await ops.addWeekly(input))}
      />
      <h4>Helligdage og andre undtagelser</h4>
      {hours.exceptions.length === 0 ? <p>Ingen undtagelser.</p> : null}
      <ul className="nobullet-list">
        {hours.exceptions.map((e) => (
          <Item
            key={e.id}
            text={exceptionText(e)}
            editing={editing === e.id}
            onEdit={() => setEditing(e.id)}
            onRemove={() => void removed('Undtagelsen er fjernet.')(ops.removeException(e.id))}
            form={
              <HoursExceptionForm
                idPrefix={`exception-${e.id}`}
                initial={{ date: e.date, closed: e.closed, opens: e.opens ?? '', closes: e.closes ?? '', note: e.note ?? '' }}
                submitLabel="Gem undtagelsen"
                onCancel={stopEditing}
                onSave={async (draft) =>
                  saved('Undtagelsen er ændret.', stopEditing)(await ops.updateException(e.id, toExceptionInput(draft)))
                }
              />
            }
          />
        ))}
      </ul>
      <h4>Tilføj en undtagelse</h4>
      <HoursExceptionForm
        idPrefix={`${record}-new-exception`}
        initial={NEW_EXCEPTION}
        submitLabel="Tilføj undtagelsen"
        onSave={async (draft) => saved('Undtagelsen er tilføjet.')(await ops.addException(toExceptionInput(draft)))}
      />
    </section>
  );
}
