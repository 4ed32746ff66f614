import type { RequestContext } from '#core';
import type { Contact, ContactsService, Offer, OffersService } from '#directory';
import type { ImportStore } from './import-store.js';
import { normaliseName } from './values.js';
import type { RecordKind, SheetRow } from './sheet-rows.js';

/**
 * The documented key a row is matched by: its external id ("Eksternt id") when the sheet has one,
 * otherwise its type and normalised name (case, accents and punctuation ignored) within the organisation.
 */
export function matchKey(row: Pick<SheetRow, 'externalId' | 'name'>): string {
  return row.externalId ? `ext:${row.externalId.trim()}` : `name:${normaliseName(row.name)}`;
}

type Lister<T> = (page: {
  first: number;
  after: string | null;
}) => Promise<{ edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }>;

async function all<T>(list: Lister<T>): Promise<T[]> {
  const found: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await list({ first: 100, after });
    found.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return found;
    after = page.pageInfo.endCursor;
  }
}

/** The organisation's contacts and offers, read through the directory's services, and the links of earlier imports. */
export class ExistingRecords {
  private readonly claimed = new Set<string>();
  private readonly linkedIds: Set<string>;
  /** The records of each type by normalised name (several may share one), in the order they were listed. */
  private readonly byName: { CONTACT: Map<string, Contact[]>; OFFER: Map<string, Offer[]> };

  private constructor(
    private readonly links: Map<string, string>,
    private readonly records: { CONTACT: Map<string, Contact>; OFFER: Map<string, Offer> },
  ) {
    this.linkedIds = new Set(links.values());
    const named = <T extends { name: string }>(list: Iterable<T>) => {
      const map = new Map<string, T[]>();
      for (const r of list) map.set(normaliseName(r.name), [...(map.get(normaliseName(r.name)) ?? []), r]);
      return map;
    };
    this.byName = { CONTACT: named(records.CONTACT.values()), OFFER: named(records.OFFER.values()) };
  }

  static async load(
    _ctx: RequestContext,
    store: ImportStore,
    contacts: ContactsService,
    offers: OffersService,
    organisationId: string,
  ): Promise<ExistingRecords> {
    const [links, contactList, offerList] = [
      await store.links(organisationId),
      await all((page) => contacts.list({ organisationId }, page)),
      await all((page) => offers.list({ organisationId }, page)),
    ];
    return new ExistingRecords(links, {
      CONTACT: new Map(contactList.map((c) => [c.id, c])),
      OFFER: new Map(offerList.map((o) => [o.id, o])),
    });
  }

  /** The record a row updates: the one its key was imported as before, else one of the same type and name. */
  find(row: SheetRow): Contact | Offer | null {
    const records: Map<string, Contact | Offer> = this.records[row.kind];
    const linked = this.links.get(`${row.kind}|${matchKey(row)}`);
    let found = linked ? records.get(linked) : undefined;
    if (!found) {
      const named: (Contact | Offer)[] = this.byName[row.kind].get(normaliseName(row.name)) ?? [];
      found = named.find((r) => !this.claimed.has(r.id) && !this.isLinked(r.id));
    }
    if (found) this.claimed.add(found.id);
    return found ?? null;
  }

  isLinkedAs(kind: RecordKind, row: SheetRow, id: string): boolean {
    return this.links.get(`${kind}|${matchKey(row)}`) === id;
  }

  private isLinked(id: string): boolean {
    return this.linkedIds.has(id);
  }
}
