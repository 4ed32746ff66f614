import { useState } from 'react';
import { useLocation } from 'wouter';
import type { DeletionPreviewQuery } from '../../../../gql/graphql';
import { request } from '../../../../lib/graphql';
import { DeletionPreviewDocument } from './delete.operations';

/** A delete mutation's typed answer: `Deleted`, or an ErrorResult with a Danish message. */
export type DeleteAnswer = { __typename: string; message?: string };

type Preview = NonNullable<DeletionPreviewQuery['deletionPreview']>;
type Asking = { status: 'idle' } | { status: 'loading' } | { status: 'ready'; preview: Preview };

const lines = (counts: Preview['goes']) => counts.map((c) => `${c.label}: ${c.count}`);

/**
 * "Slet …" with a confirmation that says what goes with the record, as the API's deletionPreview counts it (plus
 * `alsoGoes`: what other parts of Vejviser lose, which the directory does not count), or, when something still
 * points at it, what must be deleted or moved first. After the delete the browser goes to `after`.
 */
export function DeleteSection({
  what,
  recordId,
  alsoGoes = [],
  onDelete,
  after,
}: {
  /** "tilbuddet", "enheden", … */
  what: string;
  recordId: string;
  alsoGoes?: string[];
  onDelete: () => Promise<DeleteAnswer>;
  after: string;
}) {
  const [asking, setAsking] = useState<Asking>({ status: 'idle' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const failed = (error: unknown) => setRefusal(error instanceof Error ? error.message : String(error));
  const ask = async () => {
    setAsking({ status: 'loading' });
    try {
      const { deletionPreview } = await request(DeletionPreviewDocument, { id: recordId });
      if (deletionPreview) setAsking({ status: 'ready', preview: deletionPreview });
      else {
        setAsking({ status: 'idle' });
        setRefusal(`Du kan ikke slette ${what}.`);
      }
    } catch (error) {
      setAsking({ status: 'idle' });
      failed(error);
    }
  };
  const remove = async () => {
    try {
      const answer = await onDelete();
      if (answer.__typename === 'Deleted') navigate(after);
      else setRefusal(answer.message ?? `Kunne ikke slette ${what}.`);
    } catch (error) {
      failed(error);
    }
  };
  const close = () => setAsking({ status: 'idle' });
  const headingId = `delete-${what}`;
  const preview = asking.status === 'ready' ? asking.preview : null;
  const goes = preview ? [...lines(preview.goes), ...alsoGoes] : [];
  return (
    <section className="delete-record" aria-labelledby={headingId}>
      <h3 id={headingId}>Slet {what}</h3>
      {refusal ? (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{refusal}</p>
        </div>
      ) : null}
      {asking.status === 'loading' ? <p role="status">Ser efter, hvad der følger med …</p> : null}
      {!preview ? (
        <button type="button" className="button button-secondary" disabled={asking.status === 'loading'} onClick={() => void ask()}>
          Slet {what} …
        </button>
      ) : preview.blockedBy.length > 0 ? (
        <div className="alert alert-warning" role="status">
          <p className="alert-heading">{`${what[0].toUpperCase()}${what.slice(1)} kan ikke slettes endnu`}</p>
          <p className="alert-text">Slet eller flyt først:</p>
          <ul className="alert-text">
            {lines(preview.blockedBy).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" className="button button-secondary" onClick={close}>
            Luk
          </button>
        </div>
      ) : (
        <div className="alert alert-warning" role="alert">
          <p className="alert-heading">
            Vil du slette {what} “{preview.name}”? Det kan ikke fortrydes.
          </p>
          {goes.length ? (
            <>
              <p className="alert-text">Sammen med {what} forsvinder:</p>
              <ul className="alert-text">
                {goes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="alert-text">Intet andet følger med.</p>
          )}
          <p className="alert-text">Ændringshistorikken bliver, så det kan ses, hvem der slettede hvad.</p>
          <button type="button" className="button button-warning" onClick={() => void remove()}>
            Ja, slet {what}
          </button>
          <button type="button" className="button button-secondary" onClick={close}>
            Annuller
          </button>
        </div>
      )}
    </section>
  );
}
