import { BadInputError, type FieldError } from '#core';

/** An age-range filter: records whose target ages overlap from–to; either end may be left open. */
export interface AgeRange {
  from?: number;
  to?: number;
}

/**
 * Checks an `ageFrom`/`ageTo` pair (0 to 120, from not above to) and answers the range, or undefined
 * when neither was given. Every bad end is named in the error's field errors under `prefix`.
 */
export function checkAgeRange(from: number | null | undefined, to: number | null | undefined, prefix = 'input'): AgeRange | undefined {
  const errors: FieldError[] = [];
  const inBounds = (value: number | null | undefined, field: string) => {
    if (value != null && (value < 0 || value > 120))
      errors.push({ path: `${prefix}.${field}`, message: 'Alder skal være mellem 0 og 120.' });
  };
  inBounds(from, 'ageFrom');
  inBounds(to, 'ageTo');
  if (!errors.length && from != null && to != null && from > to)
    errors.push({ path: `${prefix}.ageTo`, message: '"Alder til" må ikke være mindre end "alder fra".' });
  if (errors.length) throw new BadInputError(errors.map((e) => e.message).join(' '), errors);
  if (from == null && to == null) return undefined;
  return { ...(from != null ? { from } : {}), ...(to != null ? { to } : {}) };
}
