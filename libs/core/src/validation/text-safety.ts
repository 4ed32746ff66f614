import { looksLikeCpr } from './cpr.js';

// What PostgreSQL and people cannot take in text, checked once where text comes in (GraphQL
// arguments, URL parameters, form bodies, imported cells). PostgreSQL refuses NUL in text and
// half a surrogate pair in UTF-8; other control characters and bidirectional overrides are
// invisible on screen and can make a name or a phone number read as something else.

// Finding control characters is the point of these two expressions.
/* eslint-disable no-control-regex */
/** C0 controls except tab, line feed and carriage return; DEL; C1 controls; bidi embeddings, overrides and isolates. */
const CONTROL_IN_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_IN_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

export const CONTROL_CHARACTER_REFUSED =
  'Teksten indeholder usynlige styretegn (fx NUL, escape-koder eller linjeskift i et felt på én linje). Fjern dem og prøv igen.';
export const BROKEN_CHARACTER_REFUSED =
  'Teksten indeholder et ugyldigt tegn (et halvt Unicode-tegn). Skriv teksten igen, eller kopier den fra et andet sted.';
export const CPR_REFUSED_MESSAGE =
  'Det ligner et CPR-nummer. Vejviser må aldrig indeholde oplysninger om borgere – fjern nummeret. Intet er gemt eller sendt.';

export interface TextRules {
  /** Tab and line breaks are allowed inside the text (descriptions, notes, messages). */
  multiLine: boolean;
  /** Refuse CPR-like text: every free-text field does, unless it is on the reviewed list of exceptions. */
  refuseCpr: boolean;
}

/** Why `value` cannot be taken, in Danish, or null when it can. Leading and trailing white space is trimmed by the fields themselves. */
export function textProblem(value: string, rules: TextRules): string | null {
  if (!value.isWellFormed()) return BROKEN_CHARACTER_REFUSED;
  const control = rules.multiLine ? CONTROL_IN_MULTI_LINE : CONTROL_IN_ONE_LINE;
  if (control.test(rules.multiLine ? value : value.trim())) return CONTROL_CHARACTER_REFUSED;
  if (rules.refuseCpr && looksLikeCpr(value)) return CPR_REFUSED_MESSAGE;
  return null;
}
