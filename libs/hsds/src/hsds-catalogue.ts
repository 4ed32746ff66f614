import { Injectable } from '@nestjs/common';
import { AuditTrail } from '#core';
import { CatalogueFeed, TaxonomyService, type Offer, type Organisation } from '#directory';
import { GeographyService } from '#geography';
import { serviceAtLocationId } from './hsds-ids.js';
import { HsdsNotFound, type ListParams } from './hsds-params.js';
import { offsetOf, pageOf } from './hsds-page.js';
import { organization, placesOf, service, serviceAtLocation, type Lookups } from './hsds-records.js';
import { HsdsTerms } from './hsds-terms.js';
import type { HsdsOrganization, HsdsPage, HsdsService, HsdsServiceAtLocation } from './hsds.types.js';

/** A record removed since a moment, as /hsds/deletions lists it. */
export interface HsdsDeletion {
  id: string;
  resource_type: 'service' | 'organization' | 'contact';
  deleted_at: string;
}

const RESOURCE: Record<string, HsdsDeletion['resource_type']> = { Offer: 'service', Organisation: 'organization', Contact: 'contact' };

/** Services, organisations and services at locations, read through the directory's public catalogue feed. */
@Injectable()
export class HsdsCatalogue {
  constructor(
    private readonly feed: CatalogueFeed,
    private readonly taxonomy: TaxonomyService,
    private readonly geography: GeographyService,
    private readonly terms: HsdsTerms,
    private readonly audit: AuditTrail,
  ) {}

  async services(params: ListParams): Promise<HsdsPage<HsdsService | { id: string; last_modified: string }>> {
    const termKeys = await this.terms.filterKeys(params);
    const page = await this.feed.offers({
      search: params.search,
      organisationId: params.organizationId,
      termKeys,
      modifiedAfter: params.modifiedAfter,
      ...offsetOf(params),
    });
    if (params.minimal)
      return pageOf(
        page.items.map((o) => ({ id: o.id, last_modified: o.updatedAt.toISOString() })),
        page.total,
        params,
      );
    return pageOf(await this.services_(page.items, params.full), page.total, params);
  }

  async serviceById(id: string): Promise<HsdsService> {
    const [offer] = await this.feed.offersByIds([id]);
    if (!offer) throw new HsdsNotFound('Tilbuddet findes ikke.');
    return (await this.services_([offer], true))[0];
  }

  async organizations(params: ListParams): Promise<HsdsPage<HsdsOrganization>> {
    const page = await this.feed.organisations({ search: params.search, modifiedAfter: params.modifiedAfter, ...offsetOf(params) });
    const full = params.full || params.fullService;
    return pageOf(
      full ? await this.organizations_(page.items, params.fullService) : page.items.map((o) => organization(o, null)),
      page.total,
      params,
    );
  }

  async organizationById(id: string, fullService: boolean): Promise<HsdsOrganization> {
    const [org] = await this.feed.organisationsByIds([id]);
    if (!org) throw new HsdsNotFound('Organisationen findes ikke.');
    return (await this.organizations_([org], fullService))[0];
  }

  async serviceAtLocations(params: ListParams): Promise<HsdsPage<HsdsServiceAtLocation>> {
    const termKeys = await this.terms.filterKeys(params);
    const page = await this.feed.offerPlaces({
      search: params.search,
      organisationId: params.organizationId,
      termKeys,
      modifiedAfter: params.modifiedAfter,
      ...offsetOf(params),
    });
    const offers = new Map((await this.feed.offersByIds([...new Set(page.items.map((p) => p.offerId))])).map((o) => [o.id, o]));
    const lookups = await this.lookups();
    const contents = page.items.flatMap((p) => {
      const offer = offers.get(p.offerId);
      return offer ? [serviceAtLocation(offer, p.place, lookups, params.full)] : [];
    });
    return pageOf(contents, page.total, params);
  }

  /** A service at a location by its id, which is derived from the offer and the place: found among all pairs. */
  async serviceAtLocationById(id: string): Promise<HsdsServiceAtLocation> {
    const all = await this.feed.offerPlaces({ offset: 0, limit: 1_000_000 });
    const found = all.items.find((p) => serviceAtLocationId(p.offerId, p.place) === id);
    const [offer] = found ? await this.feed.offersByIds([found.offerId]) : [];
    if (!found || !offer) throw new HsdsNotFound('Tilbuddet på stedet findes ikke.');
    return serviceAtLocation(offer, found.place, await this.lookups(), true);
  }

  /** Services, organisations and contacts deleted on or after `since` (the audit trail keeps the deletions). */
  async deletions(since: Date, params: ListParams): Promise<HsdsPage<HsdsDeletion>> {
    const page = await this.audit.deletedSince(Object.keys(RESOURCE), since, offsetOf(params));
    const contents = page.items.map((d) => ({
      id: d.entityId,
      resource_type: RESOURCE[d.entityType],
      deleted_at: d.deletedAt.toISOString(),
    }));
    return pageOf(contents, page.total, params);
  }

  private async lookups(): Promise<Lookups> {
    const [terms, municipalities] = await Promise.all([this.taxonomy.list(), this.geography.listMunicipalities()]);
    return { terms: new Map(terms.map((t) => [t.key, t])), municipalities: new Map(municipalities.map((m) => [m.code, m])) };
  }

  private async services_(offers: Offer[], full: boolean): Promise<HsdsService[]> {
    const lookups = await this.lookups();
    if (!full) return offers.map((o) => service(o, lookups, null));
    const orgs = new Map((await this.feed.organisationsByIds(offers.map((o) => o.organisationId))).map((o) => [o.id, o]));
    return offers.map((o) => {
      const org = orgs.get(o.organisationId);
      return service(o, lookups, { organisation: org && organization(org, null), places: placesOf(o, org) });
    });
  }

  private async organizations_(orgs: Organisation[], fullService: boolean): Promise<HsdsOrganization[]> {
    const ids = orgs.map((o) => o.id);
    const [contacts, offerIds] = await Promise.all([this.feed.contactsOf(ids), this.feed.offerIdsOf(ids)]);
    const offers = new Map((await this.feed.offersByIds([...offerIds.values()].flat())).map((o) => [o.id, o]));
    const lookups = await this.lookups();
    const byOrg = new Map(orgs.map((o) => [o.id, o]));
    return orgs.map((org) => {
      const services = (offerIds.get(org.id) ?? [])
        .map((id) => offers.get(id))
        .filter((o): o is Offer => o !== undefined)
        .map((o) => service(o, lookups, fullService ? { places: placesOf(o, byOrg.get(o.organisationId)) } : null));
      return organization(org, { contacts: contacts.filter((c) => c.organisationId === org.id), services });
    });
  }
}
