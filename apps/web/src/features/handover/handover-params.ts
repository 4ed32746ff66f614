/**
 * The handover question in the address, as links already shared have it: `kommune` (code or name), `alder`,
 * `situationer` (repeated or comma-separated keys) and `tidspunkt` (ISO 8601, Copenhagen time without an offset;
 * absent: now). The same parameters open the server-rendered sheet at /overlevering/ark.
 */
export interface HandoverQuestion {
  municipality: string;
  age: number | null;
  situations: string[];
  /** The moment asked about; null: now. */
  at: string | null;
}

export function parseQuestion(search: string): HandoverQuestion | null {
  const params = new URLSearchParams(search);
  const municipality = params.get('kommune')?.trim();
  if (!municipality) return null;
  const age = params.get('alder')?.trim();
  const situations = params
    .getAll('situationer')
    .flatMap((value) => value.split(','))
    .map((key) => key.trim())
    .filter(Boolean);
  return {
    municipality,
    age: age && /^\d{1,3}$/.test(age) ? Number(age) : null,
    situations: [...new Set(situations)],
    at: params.get('tidspunkt')?.trim() || null,
  };
}

/** "kommune=0217&alder=17&situationer=a,b&tidspunkt=…" (commas left readable). */
export function questionSearch(question: HandoverQuestion): string {
  const params = new URLSearchParams({ kommune: question.municipality });
  if (question.age !== null) params.set('alder', String(question.age));
  if (question.situations.length) params.set('situationer', question.situations.join(','));
  if (question.at) params.set('tidspunkt', question.at);
  return params.toString().replace(/%2C/g, ',');
}

export const pagePath = (question: HandoverQuestion) => `/overlevering?${questionSearch(question)}`;
export const sheetPath = (question: HandoverQuestion) => `/overlevering/ark?${questionSearch(question)}`;
