import { useId, useState, type FormEvent } from 'react';
import { request } from '../../lib/graphql';
import type { HandoverQuestion } from './handover-params';
import { SendHandoverSheet } from './handover.operations';
import { fieldErrorsOf } from '../../lib/mutation-failure';

type Sent = { status: 'idle' } | { status: 'sending' } | { status: 'sent'; text: string } | { status: 'error'; text: string };

/** "Send til en kollega" (signed in): the sheet by mail through sendHandoverSheet. Never citizen data. */
export function SendToColleague({ question, at }: { question: HandoverQuestion; at: string | null }) {
  const id = useId();
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState<Sent>({ status: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSent({ status: 'sending' });
    try {
      const { sendHandoverSheet: result } = await request(SendHandoverSheet, {
        input: {
          to,
          message: message.trim() || null,
          municipalityCode: question.municipality,
          age: question.age,
          situations: question.situations,
          at,
        },
      });
      if (result.__typename === 'HandoverSheetSent') {
        setFieldErrors({});
        setSent({
          status: 'sent',
          text: `Arket er sendt til ${result.to}${result.staffChannelsIncluded ? ' med de direkte linjer for fagpersoner' : ' med de offentlige kontaktveje (modtageren har ingen konto)'}.`,
        });
        return;
      }
      const errors: Record<string, string> = {};
      for (const e of fieldErrorsOf(result)) errors[e.path.replace(/^input\./, '')] = e.message;
      setFieldErrors(errors);
      setSent({ status: 'error', text: result.message });
    } catch (error) {
      setSent({ status: 'error', text: error instanceof Error ? error.message : 'Arket blev ikke sendt.' });
    }
  }

  const field = (name: 'to' | 'message', label: string, value: string, set: (v: string) => void, hint?: string) => (
    <div className={`form-group${fieldErrors[name] ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-${name}-hint`}>
          {hint}
        </span>
      )}
      {fieldErrors[name] && (
        <span className="form-error-message" id={`${id}-${name}-error`}>
          {fieldErrors[name]}
        </span>
      )}
      {name === 'message' ? (
        <textarea
          className="form-input"
          id={`${id}-${name}`}
          value={value}
          maxLength={500}
          rows={3}
          aria-describedby={
            [hint && `${id}-${name}-hint`, fieldErrors[name] && `${id}-${name}-error`].filter(Boolean).join(' ') || undefined
          }
          onChange={(e) => set(e.target.value)}
        />
      ) : (
        <input
          className="form-input input-width-l"
          id={`${id}-${name}`}
          type="email"
          autoComplete="email"
          value={value}
          aria-describedby={fieldErrors[name] ? `${id}-${name}-error` : undefined}
          aria-invalid={fieldErrors[name] ? true : undefined}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </div>
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Send til en kollega</h3>
      {field('to', 'Kollegaens e-mailadresse', to, setTo)}
      {field('message', 'Besked (valgfri)', message, setMessage, 'Højst 500 tegn. Skriv aldrig borgerens navn, CPR-nummer eller diagnose.')}
      <button type="submit" className="button button-primary" disabled={sent.status === 'sending'}>
        Send arket
      </button>
      <div aria-live="polite">
        {sent.status === 'sent' && <p className="handover-open">{sent.text}</p>}
        {sent.status === 'error' && (
          <p className="form-error-message" role="alert">
            {sent.text}
          </p>
        )}
      </div>
    </form>
  );
}
