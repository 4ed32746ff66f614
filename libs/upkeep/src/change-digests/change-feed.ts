import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditAction, AuditTrail, type FieldChange } from '#core';
import { ContactsService, OffersService, OrganisationsService, TaxonomyKindEnum, TaxonomyService, UnitsService } from '#directory';
import { GeographyService } from '#geography';
import { auditValue, describeChanges, netChanges, type Names, type RecordType } from './change-descriptions.js';

export interface FeedEvent {
  at: Date;
  action: AuditAction;
  changes: FieldChange[];
}

export interface FeedOrganisation {
  name: string;
  municipalityCode: string | null;
  regionKey: string | null;
}

/** One contact or offer that changed in the feed's period, with what is known of it. */
export interface FeedRecord {
  type: RecordType;
  id: string;
  organisation: FeedOrganisation | null;
  /** Oldest first. */
  events: FeedEvent[];
  /** The record now, or as it was deleted; null when it is gone and its values were erased. */
  state: Record<string, unknown> | null;
  /** Every situation it had now or in the period; null when erasure left nothing to tell. */
  situations: Set<string> | null;
  /** Offers' coverage lists now and in the period; an empty list means the organisation's own area. */
  coverages: string[][];
}

/** Changes to contacts and offers in a period, read once per digest run from the audit trail. */
export interface ChangeFeed {
  records: FeedRecord[];
  names: Names;
}

/** Where a subscription looks: municipalities, the regions they belong to, and situations (null: all). */
export interface DigestScope {
  municipalityCodes: Set<string>;
  regionKeys: Set<string>;
  situations: Set<string> | null;
}

export interface DigestEntry {
  organisationName: string;
  kind: 'Kontakt' | 'Tilbud';
  name: string;
  changes: string[];
}

@Injectable()
export class ChangeFeedReader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly audit: AuditTrail,
    private readonly contacts: ContactsService,
    private readonly offers: OffersService,
    private readonly organisationsService: OrganisationsService,
    private readonly units: UnitsService,
    private readonly geography: GeographyService,
  ) {}

  /** Every change to a contact or offer after `from` up to and including `to`. */
  async load(from: Date, to: Date): Promise<ChangeFeed> {
    const rows = await this.audit.between(['Contact', 'Offer'], from, to);
    const grouped = new Map<string, { type: RecordType; organisationId: string | null; events: FeedEvent[] }>();
    for (const row of rows) {
      const entry = grouped.get(row.entityId) ?? { type: row.entityType as RecordType, organisationId: row.organisationId, events: [] };
      entry.events.push({ at: row.occurredAt, action: row.action, changes: row.changes });
      grouped.set(row.entityId, entry);
    }
    const ids = [...grouped.keys()];
    const states = await this.states(ids);
    const organisations = await this.organisations([...new Set([...grouped.values()].map((g) => g.organisationId))]);
    const records = [...grouped.entries()].map(([id, g]): FeedRecord => {
      const state = states.get(id) ?? null;
      return {
        type: g.type,
        id,
        organisation: (g.organisationId && organisations.get(g.organisationId)) || null,
        events: g.events,
        state,
        situations: situationsOf(state, g.events),
        coverages: g.type === 'Offer' ? coveragesOf(state, g.events) : [[]],
      };
    });
    return { records, names: await this.names(records) };
  }

  /** Current rows, and for deleted records the values their deletion recorded. */
  private async states(ids: string[]): Promise<Map<string, Record<string, unknown>>> {
    const found = new Map<string, Record<string, unknown>>();
    if (!ids.length) return found;
    const contacts = await this.contacts.byIds(this.dataSource.manager, ids);
    const offers = await this.offers.byIds(this.dataSource.manager, ids);
    for (const row of [...contacts, ...offers]) found.set(row.id, { ...row });
    const gone = ids.filter((id) => !found.has(id));
    if (gone.length) {
      const deletions = await this.audit.deletedValues(gone);
      for (const d of deletions) found.set(d.entityId, Object.fromEntries(d.changes.map((c) => [c.field, auditValue(c.before)])));
    }
    return found;
  }

  private async organisations(ids: (string | null)[]): Promise<Map<string, FeedOrganisation>> {
    const known = ids.filter((id): id is string => id !== null);
    if (!known.length) return new Map();
    const rows = await this.organisationsService.byIds(this.dataSource.manager, known);
    return new Map(rows.map((r) => [r.id, { name: r.name, municipalityCode: r.municipalityCode, regionKey: r.regionKey }]));
  }

  /** Names of the contacts and units the changes point to, of municipalities and of situations. */
  private async names(records: FeedRecord[]): Promise<Names> {
    const contactIds = new Set<string>();
    const unitIds = new Set<string>();
    for (const record of records) {
      if (typeof record.state?.successorId === 'string') contactIds.add(record.state.successorId);
      for (const change of record.events.flatMap((e) => e.changes)) {
        const after = auditValue(change.after);
        if (typeof after !== 'string') continue;
        if (change.field === 'successorId' || change.field === 'deputyId') contactIds.add(after);
        if (change.field === 'unitId') unitIds.add(after);
      }
    }
    const manager = this.dataSource.manager;
    const contacts = new Map((await this.contacts.byIds(manager, [...contactIds])).map((c) => [c.id, c.name]));
    const units = new Map((await this.units.byIds(manager, [...unitIds])).map((u) => [u.id, u.name]));
    const municipalities = new Map((await this.geography.listMunicipalities()).map((m) => [m.code, m.name]));
    const situations = new Map((await this.taxonomy.list(TaxonomyKindEnum.SITUATION)).map((t) => [t.key, t.label]));
    return {
      contact: (id) => contacts.get(id),
      unit: (id) => units.get(id),
      municipality: (code) => municipalities.get(code) ?? code,
      situation: (key) => situations.get(key) ?? key,
    };
  }
}

/** Whether a record applies to the scope's places (as the directory's municipality filter reads it) and situations. */
export function inScope(record: FeedRecord, scope: DigestScope): boolean {
  const org = record.organisation;
  const ownArea =
    !!org &&
    ((org.municipalityCode !== null && scope.municipalityCodes.has(org.municipalityCode)) ||
      (org.regionKey !== null && scope.regionKeys.has(org.regionKey)));
  const inPlace = record.coverages.some((codes) => (codes.length ? codes.some((c) => scope.municipalityCodes.has(c)) : ownArea));
  if (!inPlace) return false;
  // A record without situations is for a subscription to all situations; an erased one cannot tell, so it is shown.
  if (!scope.situations || !record.situations) return true;
  return [...record.situations].some((key) => scope.situations?.has(key));
}

/** What happened to a record in the given events, in plain Danish; null when nothing worth telling did. */
export function describeRecord(record: FeedRecord, events: FeedEvent[], names: Names): DigestEntry | null {
  const contact = record.type === 'Contact';
  const has = (action: AuditAction) => events.some((e) => e.action === action);
  const erased = has(AuditAction.ERASE);
  const lines: string[] = [];
  if (has(AuditAction.CREATE)) {
    lines.push(contact ? 'Ny kontakt' : 'Nyt tilbud');
  } else {
    const updates = events.filter((e) => e.action === AuditAction.UPDATE);
    lines.push(...describeChanges(record.type, netChanges(updates.map((e) => e.changes)), record.state, names));
    if (!erased && updates.some((e) => e.changes.length === 0)) lines.push('Ændret – oplysninger slettet');
  }
  const the = contact ? 'Kontakten' : 'Tilbuddet';
  if (erased) lines.push(`${the} er slettet – oplysninger slettet`);
  else if (has(AuditAction.DELETE)) lines.push(`${the} er slettet`);
  if (!lines.length) return null;
  return {
    organisationName: record.organisation?.name ?? 'Ukendt organisation',
    kind: contact ? 'Kontakt' : 'Tilbud',
    name: nameOf(record),
    changes: [...new Set(lines)],
  };
}

function nameOf(record: FeedRecord): string {
  if (typeof record.state?.name === 'string') return record.state.name;
  for (const change of record.events.flatMap((e) => e.changes).reverse()) {
    if (change.field !== 'name') continue;
    const value = auditValue(change.after) ?? auditValue(change.before);
    if (typeof value === 'string') return value;
  }
  return 'Navn ukendt (oplysninger slettet)';
}

function valuesOf(field: string, state: Record<string, unknown> | null, events: FeedEvent[]): { known: boolean; lists: string[][] } {
  const lists: string[][] = [];
  let known = state !== null;
  const add = (value: unknown) => {
    if (Array.isArray(value)) lists.push(value.filter((v): v is string => typeof v === 'string'));
  };
  add(state?.[field]);
  for (const change of events.flatMap((e) => e.changes)) {
    if (change.field !== field) continue;
    known = true;
    add(auditValue(change.before));
    add(auditValue(change.after));
  }
  return { known, lists };
}

function situationsOf(state: Record<string, unknown> | null, events: FeedEvent[]): Set<string> | null {
  const { known, lists } = valuesOf('situationKeys', state, events);
  return known ? new Set(lists.flat()) : null;
}

function coveragesOf(state: Record<string, unknown> | null, events: FeedEvent[]): string[][] {
  const { lists } = valuesOf('municipalityCodes', state, events);
  return lists.length ? lists : [[]];
}
