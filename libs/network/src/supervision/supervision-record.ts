import { danishFormat, escapeHtml, serverPage } from '#core';

/** Hours of supervision the authorisation as psychologist requires (Psykolognævnet). */
export const SUPERVISION_GOAL_HOURS = 160;

export interface AttendedSession {
  groupId: string;
  groupName: string;
  focus: string;
  facilitatorName: string;
  startsAt: Date;
  endsAt: Date;
  minutes: number;
}

export interface SupervisionRecordData {
  memberName: string;
  networkName: string;
  /** The member's party: organisation (– unit). */
  partyName: string;
  sessions: AttendedSession[];
  printedAt: Date;
  retentionDays: number;
}

const { weekdayDate: dateFormat, date: shortDate, clock: timeFormat } = danishFormat;
const hoursFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** The record's own rules on top of the shared look of server-rendered pages; in print only the record shows. */
export const SUPERVISION_RECORD_CSS = `
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1.2em; margin: 0 0 1.2em; }
  dl.facts dt { font-weight: bold; }
  dl.facts dd { margin: 0; }
  .summary { border: 1px solid #cbd2d9; background: #eef4fb; padding: .8em 1em; margin: 1em 0; }
  .summary p { margin: .2em 0; }
  table { border-collapse: collapse; width: 100%; margin: .6em 0; }
  th, td { border-bottom: 1px solid #cbd2d9; padding: .3em .5em; text-align: left; vertical-align: top; }
  td.num, th.num { text-align: right; white-space: nowrap; }
  tfoot td { font-weight: bold; border-top: 2px solid #1f2933; border-bottom: none; }
  .muted { color: #52606d; }
  .signature { margin-top: 2.5em; }
  .signature span { display: inline-block; min-width: 18em; border-top: 1px solid #1f2933; padding-top: .2em; margin-right: 2em; }
  @page { size: A4; margin: 18mm 16mm; }
  @media print {
    body { margin: 0; font-size: 11pt; }
    main.page-main { max-width: none; padding: 0; }
    .summary { background: none; }
    section.group { break-inside: avoid-page; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
  }
`;

/**
 * A printable record of the supervision a member attended: every session with date, time and
 * length, hours per group and in total, against the 160 hours the authorisation requires.
 * Every value from the database is escaped.
 */
export function renderSupervisionRecord(data: SupervisionRecordData): string {
  const e = escapeHtml;
  const totalMinutes = data.sessions.reduce((sum, s) => sum + s.minutes, 0);
  const totalHours = totalMinutes / 60;
  const share = Math.min(100, Math.round((totalHours / SUPERVISION_GOAL_HOURS) * 100));
  const missing = Math.max(0, SUPERVISION_GOAL_HOURS - totalHours);
  const groups = new Map<string, AttendedSession[]>();
  for (const session of data.sessions) groups.set(session.groupId, [...(groups.get(session.groupId) ?? []), session]);

  const sections = [...groups.values()].map((sessions) => {
    const first = sessions[0];
    const minutes = sessions.reduce((sum, s) => sum + s.minutes, 0);
    const rows = sessions
      .map(
        (s, i) =>
          `<tr><td class="num">${i + 1}</td><td>${e(dateFormat.format(s.startsAt))}</td><td>${e(timeFormat.format(s.startsAt))}–${e(timeFormat.format(s.endsAt))}</td><td class="num">${e(duration(s.minutes))}</td></tr>`,
      )
      .join('\n');
    return `<section class="group">
  <h2>${e(first.groupName)}</h2>
  <dl class="facts"><dt>Fokus</dt><dd>${e(first.focus)}</dd><dt>Supervisor</dt><dd>${e(first.facilitatorName)}</dd></dl>
  <table>
    <thead><tr><th class="num">Nr.</th><th>Dato</th><th>Tid</th><th class="num">Varighed</th></tr></thead>
    <tbody>
${rows}
    </tbody>
    <tfoot><tr><td colspan="3">I alt ${sessions.length} ${sessions.length === 1 ? 'møde' : 'møder'}</td><td class="num">${e(hours(minutes))}</td></tr></tfoot>
  </table>
</section>`;
  });

  const retention = data.retentionDays % 365 === 0 ? `${data.retentionDays / 365} år` : `${data.retentionDays} dage`;
  return serverPage(
    'Dokumentation for deltagelse i supervision',
    `<dl class="facts">
  <dt>Navn</dt><dd>${e(data.memberName)}</dd>
  <dt>Netværk</dt><dd>${e(data.networkName)}</dd>
  <dt>Arbejdssted</dt><dd>${e(data.partyName)}</dd>
  <dt>Udskrevet</dt><dd>${e(shortDate.format(data.printedAt))}</dd>
</dl>
<div class="summary">
  <p><strong>I alt ${e(hours(totalMinutes))} supervision</strong> fordelt på ${data.sessions.length} ${data.sessions.length === 1 ? 'møde' : 'møder'}.</p>
  <p>Autorisation som psykolog kræver mindst ${SUPERVISION_GOAL_HOURS} timers supervision. Oversigten dokumenterer ${e(hoursFormat.format(totalHours))} af dem (${share} %)${
    missing > 0 ? `; der mangler ${e(hoursFormat.format(missing))} timer` : ''
  }.</p>
</div>
${sections.length ? sections.join('\n') : '<p>Der er endnu ikke registreret fremmøde ved nogen møder.</p>'}
<p class="muted">Oversigten viser de møder, hvor netværkets koordinator har registreret dit fremmøde i Vejviser. Aflyste møder tæller ikke med.</p>
<p class="muted">Gem eller udskriv oversigten: oplysningerne om din deltagelse slettes ${e(retention)} efter gruppens sidste møde.</p>
<p class="signature"><span>Dato og underskrift, supervisor</span><span>Dato og underskrift, deltager</span></p>`,
    SUPERVISION_RECORD_CSS,
  );
}

/** "3 timer", "1 time 30 min.". */
function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hourText = h === 1 ? '1 time' : `${h} timer`;
  if (!m) return hourText;
  return h ? `${hourText} ${m} min.` : `${m} min.`;
}

/** "37,5 timer". */
function hours(minutes: number): string {
  const value = minutes / 60;
  return `${hoursFormat.format(value)} ${value === 1 ? 'time' : 'timer'}`;
}
