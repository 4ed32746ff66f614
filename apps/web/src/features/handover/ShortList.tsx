import { useId, useState, type ReactNode } from 'react';

/** How many of a list show before "vis flere"; the print view (the sheet) holds the same first few. */
export const FIRST_FEW = 3;

/**
 * A section kept short: its first three, then a button that shows the rest ("Vis 10 flere"). On paper the
 * first three and a line saying how many more there are online.
 */
export function ShortList<T>({
  title,
  items,
  render,
  none,
  keyOf,
}: {
  title: string;
  items: readonly T[];
  render: (item: T) => ReactNode;
  none: string;
  keyOf: (item: T) => string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rest = items.length - FIRST_FEW;
  return (
    <section className="handover-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {title} <span className="handover-count">({items.length})</span>
      </h2>
      {items.length ? (
        <ul className="unstyled-list handover-list" id={`${id}-list`}>
          {items.map((item, i) => (
            <li key={keyOf(item)} className={i >= FIRST_FEW ? 'handover-beyond' : undefined} hidden={i >= FIRST_FEW && !open}>
              {render(item)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{none}</p>
      )}
      {rest > 0 && (
        <>
          <button
            type="button"
            className="button button-secondary d-print-none handover-more"
            aria-expanded={open}
            aria-controls={`${id}-list`}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Vis færre' : `Vis ${rest} flere`}
          </button>
          <p className="handover-print-only">
            Se {rest} {rest === 1 ? 'mere' : 'flere'} online.
          </p>
        </>
      )}
    </section>
  );
}
