import { useState } from 'react';
import { TextField } from '../../lib/TextField';

type Draft = { from: string; to: string };
type Errors = { from?: string; to?: string };

const parse = (text: string): number | null | undefined => {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 && value <= 120 ? value : undefined;
};

/** What is wrong with a typed range, per field (the API checks the same: 0–120, from not above to). */
export function ageRangeErrors(draft: Draft): Errors {
  const from = parse(draft.from);
  const to = parse(draft.to);
  const errors: Errors = {};
  if (from === undefined) errors.from = 'Skriv en alder fra 0 til 120 år.';
  if (to === undefined) errors.to = 'Skriv en alder fra 0 til 120 år.';
  if (from != null && to != null && from > to) errors.to = '"Alder til" må ikke være mindre end "alder fra".';
  return errors;
}

/**
 * Two number fields for an age range (offers whose target ages overlap it). The range is searched as soon as it
 * is valid; while it is not, each field says what is wrong with it and the last valid range stays.
 */
export function AgeRangeFields({
  from,
  to,
  onChange,
}: {
  from: number | null;
  to: number | null;
  onChange: (from: number | null, to: number | null) => void;
}) {
  const [draft, setDraft] = useState<Draft>({ from: from?.toString() ?? '', to: to?.toString() ?? '' });
  const errors = ageRangeErrors(draft);
  const update = (next: Draft) => {
    setDraft(next);
    const found = ageRangeErrors(next);
    if (!found.from && !found.to) onChange(parse(next.from) ?? null, parse(next.to) ?? null);
  };
  return (
    <fieldset className="find-facet">
      <legend className="form-label">Aldersgruppe</legend>
      <TextField
        id="find-age-from"
        label="Alder fra"
        className="form-input input-width-xs"
        type="number"
        inputMode="numeric"
        min={0}
        max={120}
        value={draft.from}
        error={errors.from}
        onChange={(event) => update({ ...draft, from: event.target.value })}
      />
      <TextField
        id="find-age-to"
        label="Alder til"
        className="form-input input-width-xs"
        type="number"
        inputMode="numeric"
        min={0}
        max={120}
        value={draft.to}
        error={errors.to}
        onChange={(event) => update({ ...draft, to: event.target.value })}
      />
    </fieldset>
  );
}
