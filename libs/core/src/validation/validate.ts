import type { z } from 'zod';
import { ValidationError } from '../errors/error-results.js';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: ValidationError };

/** Checks `input` against `schema`; failures name the field path under `prefix` ("input.ageMin"). */
export function validate<S extends z.ZodType>(schema: S, input: unknown, prefix = 'input'): Validated<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fieldErrors = parsed.error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  return { ok: false, error: ValidationError.of(fieldErrors) };
}
