import { danishFormat, escapeHtml, serverPageCsp } from '#core';
import type { RecordConfirmations } from '#directory';
import { kindOf, type LinkState } from './verification-links.js';
import { VerifiableRecordType } from './verification.types.js';

const DATE = danishFormat.date;
const CHANNEL: Record<string, string> = {
  PHONE: 'Telefon',
  SMS: 'SMS',
  EMAIL: 'Mail',
  WEB: 'Web',
  CHAT: 'Chat',
  VIDEO: 'Video',
  DROP_IN: 'Åben rådgivning',
};
const ACCESS: Record<string, string> = {
  ANONYMOUS: 'Anonym, uden henvisning',
  SELF_REFERRAL: 'Borgeren kan selv henvende sig',
  REFERRAL: 'Kræver henvisning',
  VISITATION: 'Kræver visitation',
};

/** No scripts, no frames; styles and fonts from the app; the one form posts back to the page itself. */
export const CONFIRM_PAGE_CSP = serverPageCsp(true);

/** The page and status for a link that cannot confirm anything (any more). */
export const REFUSED: Record<Exclude<LinkState, 'OPEN'>, { status: number; title: string; text: string }> = {
  UNKNOWN: {
    status: 404,
    title: 'Linket findes ikke',
    text: 'Linket er ugyldigt. Kopiér hele linket fra mailen, eller log ind i Vejviser og bekræft posten der.',
  },
  USED: { status: 410, title: 'Linket er allerede brugt', text: 'Posten er bekræftet med dette link. Der er ikke ændret noget.' },
  EXPIRED: {
    status: 410,
    title: 'Linket er udløbet',
    text: 'Linket virker ikke længere, og der er ikke ændret noget. Log ind i Vejviser for at bekræfte posten – eller vent på næste mail.',
  },
  CONFIRMED: {
    status: 410,
    title: 'Posten er allerede bekræftet',
    text: 'En anden har bekræftet posten, siden mailen blev sendt. Der er ikke ændret noget.',
  },
  GONE: { status: 410, title: 'Posten findes ikke længere', text: 'Posten er slettet eller afsluttet. Der er ikke ændret noget.' },
};

/** The record as the person confirming it must see it: what it says, everything they are vouching for. */
export async function recordSummary(records: RecordConfirmations, type: VerifiableRecordType, id: string): Promise<string> {
  const row = await records.summary(kindOf(type), id);
  if (!row) return '';
  const where = [row.organisation_name, row.unit_name].filter(Boolean).join(', ');
  const ages =
    row.age_min != null || row.age_max != null ? `Alder: ${row.age_min ?? 0}–${row.age_max != null ? `${row.age_max} år` : ''}` : null;
  const facts = [
    row.role_title,
    row.access_route ? ACCESS[row.access_route] : null,
    ages,
    ...row.channels.map((c) => `${CHANNEL[c.kind] ?? c.kind}${c.label ? ` (${c.label})` : ''}: ${c.value}`),
    row.last_verified_at
      ? `Sidst bekræftet ${DATE.format(new Date(row.last_verified_at))}${row.last_verified_by ? ` af ${row.last_verified_by}` : ''}`
      : 'Aldrig bekræftet',
  ].filter((f): f is string => Boolean(f));
  const kind = type === VerifiableRecordType.CONTACT ? 'Kontakt' : 'Tilbud';
  return `<div class="card"><p><strong>${kind}: ${escapeHtml(row.name)}</strong><br>${escapeHtml(where)}</p>
    <ul>${facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul></div>`;
}
