import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../../auth/session-store';
import { useQuery } from '../../lib/use-query';
import { formatDateTime, readMoment, thisMinute } from '../../lib/danish-time';
import { ChannelList } from '../../lib/Channels';
import { EntryPointCard, StaleNote } from './EntryPointCard';
import { HandoverRefine } from './HandoverRefine';
import { pagePath, sheetPath, type HandoverQuestion } from './handover-params';
import { HandoverAnswer } from './handover.operations';
import { SendToColleague } from './SendToColleague';
import { ShortList } from './ShortList';

const ACCESS_ROUTES: Record<string, string> = {
  ANONYMOUS: 'Anonymt – ingen henvisning og ingen registrering',
  SELF_REFERRAL: 'Borgeren kan selv henvende sig',
  REFERRAL: 'Kræver henvisning',
  VISITATION: 'Kræver en kommunal afgørelse (visitation)',
};

function ages(min?: number | null, max?: number | null): string | null {
  if (min != null && max != null) return `${min}–${max} år`;
  if (min != null) return `fra ${min} år`;
  if (max != null) return `til og med ${max} år`;
  return null;
}

/** The answer for 2 a.m.: the one to call now first and large, then the rest short, each with "vis flere". Printed, it is the sheet. */
export function HandoverAnswerView({ question }: { question: HandoverQuestion }) {
  const [, navigate] = useLocation();
  // "Now" is the minute the page opened: the answer does not shift while it is read.
  const [madeAt] = useState(thisMinute);
  const isNow = !question.at;
  // A `tidspunkt` without an offset is Copenhagen time, as the API reads it (not the browser's own zone).
  const moment = question.at ? readMoment(question.at) : ({ ok: true, at: madeAt } as const);
  const at = moment.ok ? moment.at : madeAt;
  const valid = moment.ok;
  const state = useQuery(
    HandoverAnswer,
    { municipality: question.municipality, age: question.age, situations: question.situations, at: valid ? at.toISOString() : null },
    { skip: !valid },
  );
  const { account } = useSession();
  // While a refined answer loads, the last one stays (and the control just used keeps its focus).
  const last = useRef<typeof state | null>(null);
  if (state.status === 'done') last.current = state;
  const shown = state.status === 'loading' && last.current ? last.current : state;
  // A municipality given by name ("Helsingør") is written as its code in the address, as shared links have it.
  const code = state.status === 'done' ? state.data.handoverGuide.municipality.code : null;
  useEffect(() => {
    if (code && code !== question.municipality) navigate(pagePath({ ...question, municipality: code }), { replace: true });
  }, [code, question, navigate]);
  const change = (next: Partial<HandoverQuestion>) => navigate(pagePath({ ...question, ...next }), { replace: true });

  if (!valid || shown.status === 'error') {
    return (
      <div className="handover text-width">
        <h1>Overlevering</h1>
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">{moment.ok ? shown.status === 'error' && shown.message : moment.message}</p>
          </div>
        </div>
        <p>
          <Link href="/overlevering">Stil spørgsmålet forfra</Link>
        </p>
      </div>
    );
  }
  if (shown.status === 'loading') {
    return (
      <div className="handover">
        <h1>Overlevering</h1>
        <p role="status">Finder hvem du skal ringe til …</p>
      </div>
    );
  }
  const guide = shown.data.handoverGuide;
  const callNow = guide.callNow;
  const calling = new Set(callNow.map((e) => e.contact.id));
  const others = guide.entryPoints.filter((e) => !calling.has(e.contact.id));
  const regional = guide.regionalEntryPoints.filter((e) => !calling.has(e.contact.id));
  const when = formatDateTime(at, madeAt);
  const asked = [
    guide.age === null || guide.age === undefined ? 'alle aldre' : `${guide.age} år`,
    guide.situations.length ? guide.situations.map((s) => s.label).join(', ') : 'alle situationer',
    isNow ? `nu (${when})` : when,
  ];

  return (
    <div className="handover" aria-busy={state.status === 'loading'}>
      <p className="handover-print-only handover-print-brand">Vejviser – overleveringsark</p>
      <h1>Overlevering: {guide.municipality.officialName}</h1>
      <p className="font-lead handover-asked">{asked.join(' · ')}</p>
      {guide.region && <p className="handover-region">Region: {guide.region.name}</p>}

      <section className="handover-section handover-now" aria-labelledby="ring-nu">
        <h2 id="ring-nu">{isNow ? 'Ring nu' : 'Ring på tidspunktet'}</h2>
        {callNow.length ? (
          <ul className="unstyled-list handover-list">
            {callNow.map((e) => (
              <li key={e.contact.id}>
                <EntryPointCard entry={e} at={at} now={isNow} large />
              </li>
            ))}
          </ul>
        ) : (
          <div className="alert alert-warning">
            <div className="alert-body">
              <p className="alert-text">
                Ingen indgang til netop denne situation er åben {isNow ? 'nu' : 'på tidspunktet'}. Herunder står, hvornår de åbner – de åbne
                står først. Ved akut fare for liv: ring 112.
              </p>
            </div>
          </div>
        )}
      </section>

      <HandoverRefine question={question} at={at} isNow={isNow} onChange={change} />

      <ShortList
        title={callNow.length ? 'Andre indgange i kommunen' : 'Indgange i kommunen'}
        items={others}
        keyOf={(e) => e.contact.id}
        render={(e) => <EntryPointCard entry={e} at={at} now={isNow} />}
        none="Ingen andre indgange for situationen."
      />
      <ShortList
        title={`Regionens indgange${guide.region ? ` (${guide.region.name})` : ''}`}
        items={regional}
        keyOf={(e) => e.contact.id}
        render={(e) => <EntryPointCard entry={e} at={at} now={isNow} />}
        none="Ingen regionale indgange for situationen."
      />
      <ShortList
        title="Tilbud, der passer"
        items={guide.offers}
        keyOf={(o) => o.id}
        render={(o) => (
          <div className="handover-entry">
            <h3 className="handover-entry-name">{o.name}</h3>
            <p className="handover-place">{[o.organisation.name, ages(o.ageMin, o.ageMax)].filter(Boolean).join(' · ')}</p>
            <p>
              <strong>Adgang:</strong> {ACCESS_ROUTES[o.accessRoute] ?? o.accessRoute}
            </p>
            <StaleNote stale={o.stale} lastVerifiedAt={o.lastVerifiedAt} />
            {(o.helpText ?? o.description) && <p className="handover-help">{o.helpText ?? o.description}</p>}
            <ChannelList channels={o.channels} className="handover-channels" quietWhenEmpty />
          </div>
        )}
        none="Ingen aktive tilbud for alder og situation."
      />
      <ShortList
        title="Frivillige organisationer"
        items={guide.volunteerOrganisations}
        keyOf={(v) => v.id}
        render={(v) => (
          <div className="handover-entry">
            <h3 className="handover-entry-name">
              {v.name}
              {v.municipality?.code === guide.municipality.code ? ' – lokalt' : ''}
            </h3>
            {v.description && <p className="handover-help">{v.description}</p>}
            {v.website && /^https?:\/\//.test(v.website) && (
              <p>
                <a href={v.website}>{v.website}</a>
              </p>
            )}
          </div>
        )}
        none="Ingen frivillige organisationer fundet."
      />
      <ShortList
        title="Kommende temadage"
        items={guide.themeDays}
        keyOf={(d) => d.id}
        render={(d) => (
          <div className="handover-entry">
            <h3 className="handover-entry-name">
              <Link href={`/temadage/${d.id}`}>{d.title}</Link>
            </h3>
            <p>
              {formatDateTime(new Date(d.startsAt), madeAt)}
              {d.venue ? `, ${d.venue}` : ''}
            </p>
          </div>
        )}
        none="Ingen kommende temadage om emnet."
      />

      <section className="handover-section d-print-none" aria-labelledby="del">
        <h2 id="del">Udskriv eller del</h2>
        <p>
          <button type="button" className="button button-secondary" onClick={() => window.print()}>
            Udskriv overleveringsark
          </button>{' '}
          <a href={sheetPath(question)}>Arket uden JavaScript (til mail og udskrift)</a>
        </p>
        {account ? (
          <SendToColleague question={question} at={question.at} />
        ) : (
          <p>
            <Link href="/log-ind">Log ind</Link> for at sende arket til en kollega og se direkte linjer for fagpersoner.
          </p>
        )}
      </section>

      <div className="handover-print-only handover-print-footer">
        <p>Hele svaret online: {`${window.location.origin}${pagePath(question)}`}</p>
        <p>
          Arket indeholder ingen oplysninger om borgeren – kun hvem man kan henvende sig til. Skriv ikke navn, CPR-nummer eller
          helbredsoplysninger på det. Oplysninger markeret »Ikke bekræftet siden …« kan være forældede: ring og tjek dem, før du henviser.
        </p>
        <p>
          Lavet i Vejviser {formatDateTime(madeAt)}. Åbningstider gælder {when}.
        </p>
      </div>
    </div>
  );
}
