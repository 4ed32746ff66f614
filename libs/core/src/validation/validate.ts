import type { z } from 'zod';
import { ValidationError, type FieldError } from '../errors/error-results.js';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: ValidationError };

function fieldErrorsOf(error: z.ZodError, prefix: string, at: string[] = []): FieldError[] {
  return error.issues.map((issue) => ({ path: [prefix, ...at, ...issue.path.map(String)].join('.'), message: issue.message }));
}

/** Checks `input` against `schema`; failures name the field path under `prefix` ("input.ageMin"). */
export function validate<S extends z.ZodType>(schema: S, input: unknown, prefix = 'input'): Validated<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, error: ValidationError.of(fieldErrorsOf(parsed.error, prefix)) };
}

/** What `validateFields` found: the fields that passed, and an error for every field that did not. */
export interface CheckedFields<T> {
  value: Partial<T>;
  errors: FieldError[];
}

/**
 * Checks each field of an object schema on its own, so one bad field hides nothing: the fields that
 * passed come back (for the rules across fields and the lookups to run on) with every field that
 * failed. The schema's own rules across fields (an object `.refine`) run once every field passed.
 */
export function validateFields<S extends z.ZodObject>(schema: S, input: object, prefix = 'input'): CheckedFields<z.output<S>> {
  const whole = schema.safeParse(input);
  if (whole.success) return { value: whole.data, errors: [] };
  const raw = input as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const parsed = field.safeParse(raw[key]);
    if (!parsed.success) errors.push(...fieldErrorsOf(parsed.error, prefix, [key]));
    else if (parsed.data !== undefined) value[key] = parsed.data;
  }
  return { value: value as Partial<z.output<S>>, errors: errors.length ? errors : fieldErrorsOf(whole.error, prefix) };
}

/** A rule across fields that does not hold: the input fields it relates, and why. */
export interface BrokenRule {
  fields: readonly string[];
  message: string;
}

/**
 * Field errors for broken rules across fields, named on what the caller sent: the one field sent
 * (updating only ageMin past the stored ageMax is wrong on ageMin), every field when several were,
 * and the rule's first field when none was. A rule on a field that already failed its own check
 * (in `found`) is left out: its verdict would rest on a value the caller did not mean.
 */
export function onSentFields(broken: BrokenRule[], sent: object, found: FieldError[] = [], prefix = 'input'): FieldError[] {
  const given = sent as Record<string, unknown>;
  const failed = (field: string) => found.some((e) => e.path === `${prefix}.${field}` || e.path.startsWith(`${prefix}.${field}.`));
  return broken
    .filter(({ fields }) => !fields.some(failed))
    .flatMap(({ fields, message }) => {
      const named = fields.filter((field) => given[field] !== undefined);
      return (named.length ? named : fields.slice(0, 1)).map((field) => ({ path: `${prefix}.${field}`, message }));
    });
}

/** The answer for field errors gathered from every check: one ValidationError naming them all, or null. */
export function failureOf(errors: FieldError[]): ValidationError | null {
  return errors.length ? ValidationError.of(errors) : null;
}
