import { useState, type FormEvent } from 'react';
import type { FieldErrors, Outcome } from './form-errors';

type Failed = Extract<Outcome, { ok: false }>;

/**
 * The state of one small item form (a channel, an opening-hours entry): the draft, the server's refusal with every
 * field's message, and a submit that starts over from `initial` once saved (or keeps what was saved, with `keep`).
 */
export function useItemForm<D>(initial: D, onSave: (draft: D) => Promise<Outcome>, keep = false) {
  const [draft, setDraft] = useState(initial);
  const [failed, setFailed] = useState<Failed | null>(null);
  const [busy, setBusy] = useState(false);
  const errors: FieldErrors = failed?.fieldErrors ?? {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const outcome = await onSave(draft).catch((error: unknown): Outcome => ({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
      fieldErrors: {},
    }));
    setBusy(false);
    if (outcome.ok) {
      setFailed(null);
      if (!keep) setDraft(initial);
    } else setFailed(outcome);
  };
  return { draft, setDraft, failed, errors, busy, submit };
}
