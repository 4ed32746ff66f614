import { formatDate } from '../../../lib/danish-time';

export interface VerifiedView {
  lastVerifiedAt?: string | null;
  lastVerifiedBy?: string | null;
  stale: boolean;
  verificationDue?: string;
  owner?: { kind: string; accountId?: string | null; unitId?: string | null } | null;
  organisation: { name: string };
  unit?: { id: string; name: string } | null;
}

function ownerText(record: VerifiedView): string | null {
  const owner = record.owner;
  if (!owner) return null;
  if (owner.kind === 'ACCOUNT') return `en navngiven medarbejder i ${record.organisation.name}`;
  if (owner.kind === 'UNIT')
    return record.unit && owner.unitId === record.unit.id ? record.unit.name : `en enhed i ${record.organisation.name}`;
  return record.organisation.name;
}

/** When the record was last confirmed and by whom, who answers for it, and a stale marker (never hidden). */
export function Verified({ record }: { record: VerifiedView }) {
  const owner = ownerText(record);
  return (
    <div className="verified">
      {record.stale && (
        <div className="alert alert-warning" role="note">
          <p className="alert-heading">Skal tjekkes</p>
          <p className="alert-text">
            Oplysningerne er ikke bekræftet inden for fristen
            {record.verificationDue ? ` (${formatDate(record.verificationDue)})` : ''}. Tjek dem, før du overleverer.
          </p>
        </div>
      )}
      <p className="verified-line">
        {record.lastVerifiedAt ? `Sidst bekræftet ${formatDate(record.lastVerifiedAt)}` : 'Aldrig bekræftet'}
        {record.lastVerifiedBy ? ` af ${record.lastVerifiedBy}` : ''}.{owner && ` Ansvarlig for oplysningerne: ${owner}.`}
      </p>
    </div>
  );
}

/** A small stale marker for lists. */
export function StaleTag({ stale }: { stale: boolean }) {
  return stale ? <span className="badge badge-warning">Skal tjekkes</span> : null;
}
