import { z } from 'zod';
import { isCalendarDate } from '../scalars/local-date.scalar.js';

// Danish messages for the checks used across inputs, so every field error reads the same way.
export const text = {
  required: (max = 300) => z.string().trim().min(1, 'Skal udfyldes.').max(max, `Må højst være ${max} tegn.`),
  optional: (max = 4000) =>
    z
      .string()
      .trim()
      .max(max, `Må højst være ${max} tegn.`)
      .nullish()
      .transform((v) => v || null),
};

export const uuid = (what = 'Id') => z.string().uuid(`${what} skal være et gyldigt UUID.`);

export const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dato skal skrives ÅÅÅÅ-MM-DD.')
    .refine(isCalendarDate, 'Ugyldig dato.');

export const municipalityCode = () => z.string().regex(/^\d{4}$/, 'Kommunekode skal være fire cifre, fx "0217".');

export const age = () =>
  z.number().int('Alder skal være et helt tal.').min(0, 'Alder kan ikke være negativ.').max(120, 'Alder må højst være 120.');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);
