import { useState } from 'react';
import { useSearchParams } from 'wouter';
import { type QueryPart, type SearchInput } from '../../gql/graphql';
import { thisMinute } from '../../lib/danish-time';
import { useQuery } from '../../lib/use-query';
import { FIND_SEARCH } from './find.operations';
import { readFindState, writeFindState, type FindState } from './find-url';
import { ExportLinks } from './ExportLinks';
import { AgeRangeFields } from './AgeRangeFields';
import { HitCard } from './HitCard';
import { SearchBox, type Suggestion } from './SearchBox';
import './find.css';

/** Hits per page: short lists (WEB.md), the next page a tap away. */
const PAGE = 5;

type ListKey = 'municipalityCodes' | 'situations' | 'types' | 'accessRoutes';

const FACETS: { field: string; key: ListKey; legend: string }[] = [
  { field: 'municipality', key: 'municipalityCodes', legend: 'Kommune' },
  { field: 'situation', key: 'situations', legend: 'Situation' },
  { field: 'type', key: 'types', legend: 'Type' },
  { field: 'accessRoute', key: 'accessRoutes', legend: 'Adgangsvej' },
];

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** The cursors of the pages before this one, kept in the history entry so "Forrige side" can go back to them. */
const earlierCursors = (): (string | null)[] => {
  const state: unknown = window.history.state;
  const cursors = state && typeof state === 'object' && 'findCursors' in state ? state.findCursors : null;
  return Array.isArray(cursors) ? (cursors as (string | null)[]) : [];
};

/**
 * The Find search on the front page: one box, chips for what was understood, filters with counts, hits page by page.
 * Its state is the address (find-url.ts): a search or a filter is a history entry, so it can be bookmarked, shared
 * and gone back to; the age field replaces the entry as it is typed.
 */
export function Find() {
  const [params, setParams] = useSearchParams();
  const find = readFindState(params);
  const [openAt, setOpenAt] = useState(() => thisMinute().toISOString());

  /** A new address: a changed search starts again at page 1. */
  const go = (next: Partial<FindState>, options: { replace?: boolean; state?: unknown } = {}) =>
    setParams(writeFindState({ ...find, page: 1, after: null, ...next }), options);

  const active =
    find.text !== '' ||
    find.municipalityCodes.length > 0 ||
    find.situations.length > 0 ||
    find.age !== null ||
    find.ageFrom !== null ||
    find.ageTo !== null;
  const input: SearchInput = {
    query: find.text || null,
    literal: find.literal.length ? find.literal : null,
    municipalityCodes: find.municipalityCodes.length ? find.municipalityCodes : null,
    situations: find.situations.length ? find.situations : null,
    types: find.types.length ? find.types : null,
    accessRoutes: find.accessRoutes.length ? find.accessRoutes : null,
    age: find.age,
    ageFrom: find.ageFrom,
    ageTo: find.ageTo,
    openAt: find.openNow ? openAt : null,
    first: PAGE,
    after: find.after,
  };
  const state = useQuery(FIND_SEARCH, { input }, { skip: !active });

  const search = (next: string) => go({ text: next, literal: [] });
  const picked = (next: string, suggestion: Suggestion) => {
    const code = suggestion.kind === 'SITUATION' ? suggestion.code : null;
    go({ text: next, literal: [], situations: code && !find.situations.includes(code) ? [...find.situations, code] : find.situations });
  };
  const removePart = (part: QueryPart) => go({ literal: find.literal.includes(part) ? find.literal : [...find.literal, part] });

  // Without a search (back to the empty front page) the last answer is not shown.
  const data = active && state.status === 'done' ? state.data.search : null;
  const understood = data?.understood;
  const page = find.page;
  const facet = (field: string) => data?.facets.find((f) => f.field === field)?.values ?? [];

  return (
    <section aria-labelledby="find-heading" className="find">
      <h2 id="find-heading" className="sr-only">
        Søg
      </h2>
      <SearchBox value={find.text} onSubmit={search} onPick={picked} />

      {understood && (understood.municipalities.length > 0 || understood.age !== null || understood.situations.length > 0) ? (
        <div className="find-chips">
          <p className="find-chips-title">Vejviser har forstået:</p>
          <ul className="nobullet-list find-chip-list">
            {understood.municipalities.map((m) => (
              <li key={m.code}>
                <span className="tag">Kommune: {m.name}</span>
                <button type="button" className="button button-tertiary find-chip-remove" onClick={() => removePart('MUNICIPALITY')}>
                  Fjern <span className="sr-only">kommunen {m.name}</span>
                </button>
              </li>
            ))}
            {understood.age !== null && understood.age !== undefined ? (
              <li>
                <span className="tag">Alder: {understood.age} år</span>
                <button type="button" className="button button-tertiary find-chip-remove" onClick={() => removePart('AGE')}>
                  Fjern <span className="sr-only">alderen {understood.age} år</span>
                </button>
              </li>
            ) : null}
            {understood.situations.map((s) => (
              <li key={s.key}>
                <span className="tag">Prioriteret: {s.label}</span>
                <button
                  type="button"
                  className="button button-tertiary find-chip-remove"
                  onClick={() => go({ situations: find.situations.includes(s.key) ? find.situations : [...find.situations, s.key] })}
                >
                  Vis kun denne <span className="sr-only">situation: {s.label}</span>
                </button>
                <button type="button" className="button button-tertiary find-chip-remove" onClick={() => removePart('SITUATION')}>
                  Fjern <span className="sr-only">situationen {s.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="find-layout">
        <div className="find-results">
          <p className="find-count-line" aria-live="polite" role="status">
            {!active
              ? ''
              : state.status === 'loading'
                ? 'Søger …'
                : state.status === 'error'
                  ? state.message
                  : data!.totalCount === 0
                    ? 'Ingen resultater. Prøv færre ord eller fjern et filter.'
                    : `${data!.totalCount} resultater${data!.totalCount > PAGE ? `, side ${page} af ${Math.ceil(data!.totalCount / PAGE)}` : ''}`}
          </p>
          {data?.correctedQuery ? <p>Viser resultater for »{data.correctedQuery}«.</p> : null}
          {data ? (
            <>
              <ol className="nobullet-list find-hits">
                {data.edges.map((edge) => (
                  <HitCard key={edge.cursor + ('id' in edge.node ? edge.node.id : '')} edge={edge} />
                ))}
              </ol>
              {data.totalCount > PAGE ? (
                <nav className="find-paging" aria-label="Sider">
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={page === 1}
                    onClick={() => {
                      const cursors = earlierCursors();
                      // Opened from a bookmark of a later page: the earlier cursors are unknown, so back to the first.
                      if (cursors.length !== page - 1) return go({});
                      go({ page: page - 1, after: cursors[cursors.length - 1] }, { state: { findCursors: cursors.slice(0, -1) } });
                    }}
                  >
                    Forrige side
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={!data.pageInfo.hasNextPage}
                    onClick={() => {
                      const cursors = earlierCursors();
                      go(
                        { page: page + 1, after: data.pageInfo.endCursor ?? null },
                        { state: { findCursors: [...(cursors.length === page - 1 ? cursors : []), find.after] } },
                      );
                    }}
                  >
                    Næste side
                  </button>
                </nav>
              ) : null}
              <ExportLinks find={find} understood={understood} />
            </>
          ) : null}
        </div>
        <div className="find-filters">
          <h2 className="h3">Afgræns</h2>
          <div className="form-group">
            <label className="form-label" htmlFor="find-age">
              Borgerens alder
            </label>
            <input
              id="find-age"
              className="form-input input-width-xs"
              type="number"
              inputMode="numeric"
              min={0}
              max={120}
              value={find.age ?? ''}
              onChange={(event) =>
                go(
                  { age: event.target.value === '' ? null : Math.max(0, Math.min(120, Math.round(Number(event.target.value)))) },
                  { replace: true },
                )
              }
            />
          </div>
          <AgeRangeFields from={find.ageFrom} to={find.ageTo} onChange={(ageFrom, ageTo) => go({ ageFrom, ageTo }, { replace: true })} />
          {/* dkfds draws the box beside the label, positioned in .form-group-checkbox. */}
          <div className="form-group form-group-checkbox">
            <input
              id="find-open-now"
              className="form-checkbox"
              type="checkbox"
              checked={find.openNow}
              onChange={(event) => {
                setOpenAt(thisMinute().toISOString());
                go({ openNow: event.target.checked });
              }}
            />
            <label htmlFor="find-open-now">Kun åbne nu</label>
          </div>
          {FACETS.map(({ field, key, legend }) => {
            const values = facet(field);
            const selected: string[] = find[key];
            const shown = [
              ...values,
              ...selected.filter((v) => !values.some((x) => x.value === v)).map((v) => ({ value: v, label: v, count: 0 })),
            ];
            if (!shown.length) return null;
            return (
              <fieldset key={field} className="find-facet">
                <legend className="form-label">{legend}</legend>
                <ul className="nobullet-list">
                  {shown.slice(0, 12).map((v) => {
                    const id = `find-${field}-${v.value}`;
                    return (
                      <li key={v.value} className="form-group-checkbox">
                        <input
                          id={id}
                          className="form-checkbox"
                          type="checkbox"
                          checked={selected.includes(v.value)}
                          onChange={() => go({ [key]: toggle(selected, v.value) } as Partial<FindState>)}
                        />
                        <label htmlFor={id}>
                          {v.label} <span className="find-count">({v.count})</span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </fieldset>
            );
          })}
        </div>
      </div>
    </section>
  );
}
