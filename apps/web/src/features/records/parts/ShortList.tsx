import type { ReactNode } from 'react';

/** The first few items, the rest behind "Vis N flere" (a dkfds details element: keyboard and screen reader friendly). */
export function ShortList<T>({ items, first = 3, render }: { items: T[]; first?: number; render: (item: T) => ReactNode }) {
  const shown = items.length > first + 1 ? items.slice(0, first) : items;
  const rest = items.slice(shown.length);
  return (
    <>
      <ul>{shown.map(render)}</ul>
      {rest.length > 0 && (
        <details className="details">
          <summary className="details-summary">
            <span className="details-summary-text">Vis {rest.length} flere</span>
          </summary>
          <div className="details-text">
            <ul>{rest.map(render)}</ul>
          </div>
        </details>
      )}
    </>
  );
}
