import { createHash } from 'node:crypto';
import type { VerificationRecord } from '../messages.js';
import { VerifiableRecordType, type DueRecord } from './verification.types.js';

/** "A", "A og B", "A, B og C"; more than three organisations are counted. */
export function organisationLabel(records: DueRecord[]): string {
  const names = [...new Set(records.map((r) => r.organisationName))];
  if (names.length > 3) return `${names.length} organisationer`;
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/** One record in a mail; the organisation is named when the mail covers more than one. */
export function mailRecord(
  record: DueRecord,
  urls: { confirmUrl: string; editUrl: string },
  options: { manyOrganisations: boolean; owner?: string },
): VerificationRecord {
  return {
    kind: record.type === VerifiableRecordType.CONTACT ? 'Kontakt' : 'Tilbud',
    name: record.name,
    organisationName: options.manyOrganisations ? record.organisationName : undefined,
    lastVerifiedAt: record.lastVerifiedAt?.toISOString() ?? null,
    dueDate: record.dueAt.toISOString(),
    owner: options.owner,
    ...urls,
  };
}

/** The same records to the same person make the same key, so a rerun queues nothing twice. */
export function digestKey(kind: string, accountId: string, records: DueRecord[], now: Date): string {
  const ids = records
    .map((r) => r.requestId ?? r.id)
    .sort()
    .join(',');
  const digest = createHash('sha256')
    .update(`${now.toISOString().slice(0, 10)}:${ids}`)
    .digest('hex')
    .slice(0, 32);
  return `${kind}:${accountId}:${digest}`;
}

/** Groups records by recipient, keeping each recipient's records in due order. */
export function byRecipient<R extends { accountId: string }>(
  records: DueRecord[],
  recipientsOf: (record: DueRecord) => R[],
): Map<string, { recipient: R; records: DueRecord[] }> {
  const groups = new Map<string, { recipient: R; records: DueRecord[] }>();
  for (const record of records) {
    for (const recipient of recipientsOf(record)) {
      const group = groups.get(recipient.accountId) ?? { recipient, records: [] };
      group.records.push(record);
      groups.set(recipient.accountId, group);
    }
  }
  return groups;
}
