import { useState } from 'react';
import { type QueryPart, type AccessRoute, type SearchInput, type SearchType } from '../../gql/graphql';
import { useQuery } from '../../lib/use-query';
import { FIND_SEARCH } from './find.operations';
import { HitCard } from './HitCard';
import { SearchBox, type Suggestion } from './SearchBox';
import './find.css';

/** Hits per page: short lists (WEB.md), the next page a tap away. */
const PAGE = 5;

interface Filters {
  municipalityCodes: string[];
  situations: string[];
  types: string[];
  accessRoutes: string[];
  age: number | null;
  openNow: boolean;
}

const NO_FILTERS: Filters = { municipalityCodes: [], situations: [], types: [], accessRoutes: [], age: null, openNow: false };

const FACETS: { field: string; key: 'municipalityCodes' | 'situations' | 'types' | 'accessRoutes'; legend: string }[] = [
  { field: 'municipality', key: 'municipalityCodes', legend: 'Kommune' },
  { field: 'situation', key: 'situations', legend: 'Situation' },
  { field: 'type', key: 'types', legend: 'Type' },
  { field: 'accessRoute', key: 'accessRoutes', legend: 'Adgangsvej' },
];

const toggle = (list: string[], value: string) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** The Find search on the front page: one box, chips for what was understood, filters with counts, hits page by page. */
export function Find() {
  const [text, setText] = useState('');
  const [literal, setLiteral] = useState<QueryPart[]>([]);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [openAt, setOpenAt] = useState<string | null>(null);

  const after = cursors[cursors.length - 1];
  const active = text !== '' || filters.municipalityCodes.length > 0 || filters.situations.length > 0 || filters.age !== null;
  const input: SearchInput = {
    query: text || null,
    literal: literal.length ? literal : null,
    municipalityCodes: filters.municipalityCodes.length ? filters.municipalityCodes : null,
    situations: filters.situations.length ? filters.situations : null,
    types: filters.types.length ? (filters.types as SearchType[]) : null,
    accessRoutes: filters.accessRoutes.length ? (filters.accessRoutes as AccessRoute[]) : null,
    age: filters.age,
    openAt: filters.openNow ? openAt : null,
    first: PAGE,
    after,
  };
  const state = useQuery(FIND_SEARCH, { input }, { skip: !active });

  const restart = () => setCursors([null]);
  const update = (next: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...next }));
    restart();
  };
  const search = (next: string) => {
    setText(next);
    setLiteral([]);
    restart();
  };
  const picked = (next: string, suggestion: Suggestion) => {
    if (suggestion.kind === 'SITUATION' && suggestion.code) {
      setFilters((f) => ({
        ...f,
        situations: f.situations.includes(suggestion.code!) ? f.situations : [...f.situations, suggestion.code!],
      }));
    }
    search(next);
  };

  const data = state.status === 'done' ? state.data.search : null;
  const understood = data?.understood;
  const page = cursors.length;
  const facet = (field: string) => data?.facets.find((f) => f.field === field)?.values ?? [];

  return (
    <section aria-labelledby="find-heading" className="find">
      <h2 id="find-heading" className="sr-only">
        Søg
      </h2>
      <SearchBox value={text} onSubmit={search} onPick={picked} />

      {understood && (understood.municipalities.length > 0 || understood.age !== null || understood.situations.length > 0) ? (
        <div className="find-chips">
          <p className="find-chips-title">Vejviser har forstået:</p>
          <ul className="nobullet-list find-chip-list">
            {understood.municipalities.map((m) => (
              <li key={m.code}>
                <span className="tag">Kommune: {m.name}</span>
                <button
                  type="button"
                  className="button button-tertiary find-chip-remove"
                  onClick={() => (setLiteral((l): QueryPart[] => [...l, 'MUNICIPALITY']), restart())}
                >
                  Fjern <span className="sr-only">kommunen {m.name}</span>
                </button>
              </li>
            ))}
            {understood.age !== null && understood.age !== undefined ? (
              <li>
                <span className="tag">Alder: {understood.age} år</span>
                <button
                  type="button"
                  className="button button-tertiary find-chip-remove"
                  onClick={() => (setLiteral((l): QueryPart[] => [...l, 'AGE']), restart())}
                >
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
                  onClick={() => update({ situations: [...filters.situations, s.key] })}
                >
                  Vis kun denne <span className="sr-only">situation: {s.label}</span>
                </button>
                <button
                  type="button"
                  className="button button-tertiary find-chip-remove"
                  onClick={() => (setLiteral((l): QueryPart[] => [...l, 'SITUATION']), restart())}
                >
                  Fjern <span className="sr-only">situationen {s.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="find-layout">
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
              value={filters.age ?? ''}
              onChange={(event) =>
                update({ age: event.target.value === '' ? null : Math.max(0, Math.min(120, Number(event.target.value))) })
              }
            />
          </div>
          <div className="form-group">
            <input
              id="find-open-now"
              className="form-checkbox"
              type="checkbox"
              checked={filters.openNow}
              onChange={(event) => {
                setOpenAt(new Date().toISOString());
                update({ openNow: event.target.checked });
              }}
            />
            <label htmlFor="find-open-now">Kun åbne nu</label>
          </div>
          {FACETS.map(({ field, key, legend }) => {
            const values = facet(field);
            const selected = filters[key];
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
                          onChange={() => update({ [key]: toggle(selected, v.value) } as Partial<Filters>)}
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
                    onClick={() => setCursors((c) => c.slice(0, -1))}
                  >
                    Forrige side
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={!data.pageInfo.hasNextPage}
                    onClick={() => setCursors((c) => [...c, data.pageInfo.endCursor ?? null])}
                  >
                    Næste side
                  </button>
                </nav>
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
