import { useState } from 'react';
import { useLocation } from 'wouter';

/** A delete mutation's typed answer: `Deleted`, or an ErrorResult with a Danish message. */
export type DeleteAnswer = { __typename: string; message?: string };

/**
 * "Slet …" with a confirmation that says what goes with the record (`goes`), or, when something still points at it
 * (`blockers`), why it cannot be deleted yet. After the delete the browser goes to `after`.
 */
export function DeleteSection({
  what,
  goes,
  blockers,
  onDelete,
  after,
}: {
  /** "tilbuddet", "enheden", … */
  what: string;
  goes: string[];
  blockers: string[];
  onDelete: () => Promise<DeleteAnswer>;
  after: string;
}) {
  const [asking, setAsking] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const remove = async () => {
    try {
      const answer = await onDelete();
      if (answer.__typename === 'Deleted') navigate(after);
      else setRefusal(answer.message ?? `Kunne ikke slette ${what}.`);
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    }
  };
  const headingId = `delete-${what}`;
  return (
    <section className="delete-record" aria-labelledby={headingId}>
      <h3 id={headingId}>Slet {what}</h3>
      {refusal ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{refusal}</p>
        </div>
      ) : null}
      {!asking ? (
        <button type="button" className="button button-secondary" onClick={() => setAsking(true)}>
          Slet {what} …
        </button>
      ) : blockers.length > 0 ? (
        <div className="alert alert-warning" role="status">
          <p className="alert-heading">{`${what[0].toUpperCase()}${what.slice(1)} kan ikke slettes endnu`}</p>
          <p className="alert-text">Slet eller flyt først:</p>
          <ul className="alert-text">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
          <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
            Luk
          </button>
        </div>
      ) : (
        <div className="alert alert-warning" role="alert">
          <p className="alert-heading">Vil du slette {what}? Det kan ikke fortrydes.</p>
          <p className="alert-text">Sammen med {what} forsvinder:</p>
          <ul className="alert-text">
            {goes.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
          <button type="button" className="button button-warning" onClick={() => void remove()}>
            Ja, slet {what}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
            Annuller
          </button>
        </div>
      )}
    </section>
  );
}
