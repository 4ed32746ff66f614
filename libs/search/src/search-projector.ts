import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DEFAULT_VERIFICATION_INTERVAL_DAYS,
  DirectoryRecords,
  NO_OPENING_FIELDS,
  TaxonomyService,
  type DirectoryRecordIds,
  type DirectoryRecordSet,
  type Organisation,
  type Unit,
  openingFields,
  verificationDue,
} from '#directory';
import { GeographyService } from '#geography';
import { locate } from './place-time-projection.js';
import type { SearchDocument } from './search-engine.port.js';

const ACCESS_ROUTE_TEXT: Record<string, string> = {
  ANONYMOUS: 'anonym rådgivning uden henvisning',
  SELF_REFERRAL: 'egen henvendelse',
  REFERRAL: 'kræver henvisning',
  VISITATION: 'kræver visitation',
};

/** Records the documents are built from. */
export type RecordSet = DirectoryRecordSet;

/**
 * Turns directory records into search documents. Only public text is indexed: channels (phone
 * numbers, staff lines) never enter the index, so no search path can leak a STAFF line.
 */
@Injectable()
export class SearchProjector {
  constructor(
    private readonly records: DirectoryRecords,
    private readonly taxonomy: TaxonomyService,
    private readonly geography: GeographyService,
  ) {}

  /** Loads the records of the given ids (in the caller's transaction), through the directory. */
  load(manager: EntityManager, ids: DirectoryRecordIds): Promise<RecordSet> {
    return this.records.byIds(manager, ids);
  }

  /** Every record of the directory, for a full reindex. */
  loadAll(manager: EntityManager): Promise<RecordSet> {
    return this.records.all(manager);
  }

  /** An organisation's records, or a unit's (a change to either shows in the documents of what is under it). */
  loadUnder(manager: EntityManager, under: { organisationId: string } | { unitId: string }): Promise<RecordSet> {
    return 'organisationId' in under
      ? this.records.ofOrganisation(manager, under.organisationId)
      : this.records.ofUnit(manager, under.unitId);
  }

  /**
   * The current documents of the given document ids, whatever kind of record each is (ids are
   * UUIDs, unique across tables); an id without a record has no document. Used by indexing jobs.
   */
  async documentsFor(manager: EntityManager, ids: string[]): Promise<SearchDocument[]> {
    const records = await this.load(manager, { organisations: ids, units: ids, contacts: ids, offers: ids });
    const referring = [...records.units, ...records.contacts, ...records.offers];
    const context = await this.load(manager, {
      organisations: [...new Set(referring.map((r) => r.organisationId))],
      units: [...new Set([...records.contacts, ...records.offers].map((r) => r.unitId).filter((id): id is string => id !== null))],
    });
    return this.project(records, context);
  }

  /** Documents for the records; `context` supplies organisations and units they refer to. */
  async project(records: RecordSet, context: { organisations: Organisation[]; units: Unit[] }): Promise<SearchDocument[]> {
    const orgs = new Map([...context.organisations, ...records.organisations].map((o) => [o.id, o]));
    const units = new Map([...context.units, ...records.units].map((u) => [u.id, u]));
    const docs: SearchDocument[] = [];
    for (const org of records.organisations) {
      docs.push({
        ...this.placeOf(org),
        ...empty(),
        id: org.id,
        type: 'ORGANISATION',
        organisationId: org.id,
        title: org.name,
        subtitle: null,
        body: org.description ?? '',
      });
    }
    for (const unit of records.units) {
      const org = orgs.get(unit.organisationId);
      if (!org) continue;
      docs.push({
        ...this.placeOf(org),
        ...empty(),
        id: unit.id,
        type: 'UNIT',
        organisationId: org.id,
        title: unit.name,
        subtitle: org.name,
        body: unit.description ?? '',
        location: locate(org, unit),
      });
    }
    for (const contact of records.contacts) {
      const org = orgs.get(contact.organisationId);
      // A person who left is no live hit: searches for them find the successor through its former names.
      if (!org || contact.leftAt) continue;
      const unit = contact.unitId ? units.get(contact.unitId) : undefined;
      const situations = await this.taxonomy.labels(contact.situationKeys);
      docs.push({
        ...this.placeOf(org),
        ...empty(),
        id: contact.id,
        type: 'CONTACT',
        organisationId: org.id,
        title: contact.name,
        subtitle: join([contact.roleTitle, unit?.name, org.name], ', '),
        body: join([contact.helpText, situations.join(', '), tookOverFrom(contact.formerNames)], '. '),
        situationKeys: contact.situationKeys,
        lastVerifiedAt: contact.lastVerifiedAt,
        location: locate(org, unit),
        ...openingFields(contact.openingHours),
      });
    }
    for (const offer of records.offers) {
      const org = orgs.get(offer.organisationId);
      if (!org) continue;
      const unit = offer.unitId ? units.get(offer.unitId) : undefined;
      const labels = await this.taxonomy.labels([...offer.situationKeys, ...offer.problemKeys]);
      const place = this.placeOf(org);
      docs.push({
        ...place,
        id: offer.id,
        type: 'OFFER',
        organisationId: org.id,
        title: offer.name,
        subtitle: join([offer.helpText, unit?.name, org.name], '. '),
        body: join(
          [
            offer.description,
            labels.join(', '),
            ACCESS_ROUTE_TEXT[offer.accessRoute],
            offer.referredBy,
            offer.decidedBy,
            offer.legalBasis.map((l) => join([l.act, l.section], ' ')).join(', '),
            offer.notFor ? `Ikke for: ${offer.notFor}` : null,
          ],
          '. ',
        ),
        municipalityCodes: offer.municipalityCodes.length ? offer.municipalityCodes : place.municipalityCodes,
        regionKeys: offer.municipalityCodes.length ? [] : place.regionKeys,
        situationKeys: offer.situationKeys,
        problemKeys: offer.problemKeys,
        accessRoute: offer.accessRoute,
        status: offer.status,
        ageMin: offer.ageMin,
        ageMax: offer.ageMax,
        lastVerifiedAt: offer.lastVerifiedAt,
        location: locate(org, offer, unit),
        ...openingFields(offer.openingHours),
      });
    }
    return withVerificationDue(docs, records, orgs);
  }

  private placeOf(org: Organisation) {
    return {
      municipalityCodes: org.municipalityCode
        ? [org.municipalityCode]
        : org.regionKey
          ? this.geography.municipalitiesServedBy(org.regionKey)
          : [],
      regionKeys: org.regionKey ? [org.regionKey] : [],
      sector: org.sector,
      lastVerifiedAt: org.lastVerifiedAt,
      location: locate(org),
      ...NO_OPENING_FIELDS,
    };
  }
}

/** "Har overtaget efter Hanne Jensen og Per Holm": in the text, so both engines find the successor by the old names. */
export function tookOverFrom(formerNames: string[]): string | null {
  if (!formerNames.length) return null;
  const names = formerNames.length > 1 ? `${formerNames.slice(0, -1).join(', ')} og ${formerNames.at(-1)}` : formerNames[0];
  return `Har overtaget efter ${names}`;
}

function empty() {
  return { situationKeys: [], problemKeys: [], accessRoute: null, status: null, ageMin: null, ageMax: null };
}

/**
 * Joins the non-empty parts; a part's closing full stop is dropped so none is doubled, and a part
 * already said by an earlier one ("Socialrådgiver, Familierådgivningen" then "Familierådgivningen") is left out.
 */
function join(parts: (string | null | undefined)[], separator: string): string {
  const kept: string[] = [];
  for (const part of parts) {
    const text = part?.trim().replace(/[.]+$/, '');
    if (text && !kept.some((k) => k.includes(text))) kept.push(text);
  }
  return kept.join(separator);
}

/** When each record must be confirmed again (its organisation's interval after its last confirmation or creation). */
function withVerificationDue(docs: SearchDocument[], records: RecordSet, orgs: Map<string, Organisation>): SearchDocument[] {
  const created = new Map(
    [...records.organisations, ...records.units, ...records.contacts, ...records.offers].map((r) => [r.id, r.createdAt]),
  );
  return docs.map((doc) => {
    const createdAt = created.get(doc.id);
    const interval = orgs.get(doc.organisationId)?.verificationIntervalDays ?? DEFAULT_VERIFICATION_INTERVAL_DAYS;
    return { ...doc, verificationDue: createdAt ? verificationDue({ lastVerifiedAt: doc.lastVerifiedAt, createdAt }, interval) : null };
  });
}
