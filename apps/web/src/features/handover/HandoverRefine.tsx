import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useQuery } from '../../lib/use-query';
import { localInputValue, readMoment } from '../../lib/danish-time';
import type { HandoverQuestion } from './handover-params';
import { HandoverChoices } from './handover.operations';

/**
 * The other questions, each a small step that changes the answer at once: situations as big toggle buttons
 * (Danish labels), the age, and the time (default now). The municipality changes by asking again.
 */
export function HandoverRefine({
  question,
  at,
  isNow,
  onChange,
}: {
  question: HandoverQuestion;
  at: Date;
  isNow: boolean;
  onChange: (next: Partial<HandoverQuestion>) => void;
}) {
  const choices = useQuery(HandoverChoices, {});
  const id = useId();
  const [age, setAge] = useState(question.age === null ? '' : String(question.age));
  const [ageError, setAgeError] = useState<string | null>(null);
  const [time, setTime] = useState(localInputValue(at));
  const [timeError, setTimeError] = useState<string | null>(null);
  const situations = choices.status === 'done' ? choices.data.taxonomy : [];

  function submitAge(event: FormEvent) {
    event.preventDefault();
    const text = age.trim();
    if (text && !/^\d{1,3}$/.test(text)) return setAgeError('Skriv alderen som et helt tal fra 0 til 120, fx 17.');
    if (text && Number(text) > 120) return setAgeError('Alderen skal være fra 0 til 120 år.');
    setAgeError(null);
    onChange({ age: text ? Number(text) : null });
  }

  function submitTime(event: FormEvent) {
    event.preventDefault();
    if (!time) return setTimeError('Vælg en dato og et klokkeslæt.');
    const moment = readMoment(time);
    if (!moment.ok) return setTimeError(moment.message);
    setTimeError(null);
    onChange({ at: moment.at.toISOString() });
  }

  const toggle = (key: string) =>
    onChange({
      situations: question.situations.includes(key) ? question.situations.filter((k) => k !== key) : [...question.situations, key],
    });

  return (
    <section className="handover-section handover-refine d-print-none" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Gør svaret mere præcist</h2>
      <fieldset>
        <legend className="form-label">Situation (vælg en eller flere)</legend>
        <div className="handover-toggles">
          {situations.map((s) => {
            const on = question.situations.includes(s.key);
            return (
              <button
                key={s.key}
                type="button"
                className={`button ${on ? 'button-primary' : 'button-secondary'} handover-toggle`}
                aria-pressed={on}
                onClick={() => toggle(s.key)}
              >
                {on ? '✓ ' : ''}
                {s.label}
              </button>
            );
          })}
        </div>
      </fieldset>
      <div className="handover-refine-row">
        <form onSubmit={submitAge} noValidate className="handover-inline-form">
          <div className={`form-group${ageError ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor={`${id}-age`}>
              Alder
            </label>
            {ageError && (
              <span className="form-error-message" id={`${id}-age-error`} role="alert">
                {ageError}
              </span>
            )}
            <input
              className="form-input input-char-4"
              id={`${id}-age`}
              inputMode="numeric"
              value={age}
              aria-describedby={ageError ? `${id}-age-error` : undefined}
              aria-invalid={ageError ? true : undefined}
              onChange={(e) => setAge(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary">
            Vis for alderen
          </button>
        </form>
        <form onSubmit={submitTime} noValidate className="handover-inline-form">
          <div className={`form-group${timeError ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor={`${id}-time`}>
              Tidspunkt {isNow ? '(nu)' : ''}
            </label>
            {timeError && (
              <span className="form-error-message" id={`${id}-time-error`} role="alert">
                {timeError}
              </span>
            )}
            <input
              className="form-input"
              type="datetime-local"
              id={`${id}-time`}
              value={time}
              aria-describedby={timeError ? `${id}-time-error` : undefined}
              aria-invalid={timeError ? true : undefined}
              onChange={(e) => setTime(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary">
            Vis for tidspunktet
          </button>
        </form>
      </div>
      <p>
        <Link href="/overlevering">Vælg en anden kommune</Link>
      </p>
    </section>
  );
}
