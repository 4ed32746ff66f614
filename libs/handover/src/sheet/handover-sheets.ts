import { Inject, Injectable } from '@nestjs/common';
import type { RequestContext } from '#core';
import {
  AccessRoute,
  ContactKind,
  DEFAULT_VERIFICATION_INTERVAL_DAYS,
  OrganisationsService,
  TaxonomyService,
  UnitsService,
  verificationDue,
  visibleChannels,
  type Channel,
  type Offer,
  type Organisation,
} from '#directory';
import { NetworksService } from '#network';
import { HANDOVER_CONFIG, type HandoverConfig } from '../handover.config.js';
import type { EntryPoint as SheetEntryPoint, HandoverSheetData, SheetOffer } from './sheet-data.js';
import { HandoverGuideService } from '../guide/handover-guide.service.js';
import type { HandoverRequest } from '../guide/handover-guide.types.js';
import type { RankedEntryPoint } from '../guide/handover-ranking.js';
import { hoursText } from './hours-text.js';

export type StaffChannels = HandoverSheetData['staffChannels'];

const ACCESS_ROUTES: Record<AccessRoute, string> = {
  [AccessRoute.ANONYMOUS]: 'Anonymt – ingen henvisning og ingen registrering',
  [AccessRoute.SELF_REFERRAL]: 'Borgeren kan selv henvende sig',
  [AccessRoute.REFERRAL]: 'Kræver henvisning',
  [AccessRoute.VISITATION]: 'Kræver en kommunal afgørelse (visitation)',
};

function ages(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return `${min}–${max} år`;
  if (min !== null) return `fra ${min} år`;
  if (max !== null) return `til og med ${max} år`;
  return null;
}

/** The path of the web page with the whole answer; the printable sheet is at `${HANDOVER_PAGE_PATH}/ark`. */
export const HANDOVER_PAGE_PATH = '/overlevering';
export const HANDOVER_SHEET_PATH = `${HANDOVER_PAGE_PATH}/ark`;

/** How many of each section after "call now" the sheet holds; the web page shows them all. */
export const SHEET_SECTION_SIZE = 3;

/**
 * The question as a link: kommune, alder, situationer and (when asked about) tidspunkt; to the printable
 * sheet (`/overlevering/ark`), or with `page` to the web page (`/overlevering`).
 */
export function sheetUrl(publicUrl: string, request: HandoverRequest, atGiven: boolean, page = false): string {
  const params = new URLSearchParams({ kommune: request.municipality.code });
  if (request.age !== null) params.set('alder', String(request.age));
  if (request.askedSituations.length) params.set('situationer', request.askedSituations.join(','));
  if (atGiven) params.set('tidspunkt', request.at.toISOString());
  return `${publicUrl}${page ? HANDOVER_PAGE_PATH : HANDOVER_SHEET_PATH}?${params.toString().replace(/%2C/g, ',')}`;
}

/** The first few of a list, and how many are left out. */
function firstFew<T>(items: readonly T[]): { shown: T[]; more: number } {
  return { shown: items.slice(0, SHEET_SECTION_SIZE), more: Math.max(0, items.length - SHEET_SECTION_SIZE) };
}

/**
 * The handover guide as the plain data of a sheet, as the viewer of `ctx` may see it: STAFF lines only
 * when `staff` is SHOWN, members-only theme days only for the networks of that viewer.
 */
@Injectable()
export class HandoverSheets {
  constructor(
    private readonly guides: HandoverGuideService,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
    private readonly networks: NetworksService,
    private readonly taxonomy: TaxonomyService,
    @Inject(HANDOVER_CONFIG) private readonly config: HandoverConfig,
  ) {}

  async build(
    ctx: RequestContext,
    request: HandoverRequest,
    staff: StaffChannels,
    atGiven: boolean,
    now = new Date(),
  ): Promise<HandoverSheetData> {
    const [region, callNow, entryPoints, regional, offers, volunteers, themeDays, situations] = await Promise.all([
      this.guides.region(ctx, request),
      this.guides.callNow(request),
      this.guides.entryPoints(request),
      this.guides.entryPoints(request, true),
      this.guides.offers(request),
      this.guides.volunteerOrganisations(request),
      this.guides.themeDaysFor(ctx, request),
      this.taxonomy.labels(request.askedSituations),
    ]);
    // The ones to call now in full; of every other section the first few, and how many more the web page has.
    const calling = new Set(callNow.map((e) => e.contact.id));
    const sections = {
      entryPoints: firstFew(entryPoints.filter((e) => !calling.has(e.contact.id))),
      regionalEntryPoints: firstFew(regional.filter((e) => !calling.has(e.contact.id))),
      offers: firstFew(offers),
      volunteerOrganisations: firstFew(volunteers),
      themeDays: firstFew(themeDays),
    };
    const seesStaff = staff === 'SHOWN';
    const contact = (e: RankedEntryPoint) => this.entryPoint(ctx, e, seesStaff, now);
    const offer = (o: Offer) => this.offer(ctx, o, seesStaff, now);
    // Started together, so each relation loads in one batch for all sections.
    const [callData, entryData, regionalData, offerData, dayData] = await Promise.all([
      Promise.all(callNow.map(contact)),
      Promise.all(sections.entryPoints.shown.map(contact)),
      Promise.all(sections.regionalEntryPoints.shown.map(contact)),
      Promise.all(sections.offers.shown.map(offer)),
      Promise.all(
        sections.themeDays.shown.map(async (d) => ({
          title: d.title,
          network: (await this.networks.load(ctx, d.networkId))?.name ?? 'Netværk',
          startsAt: d.startsAt.toISOString(),
          endsAt: d.endsAt.toISOString(),
          venue: d.venue?.trim() || null,
          online: !!d.onlineUrl,
        })),
      ),
    ]);
    return {
      municipality: request.municipality.officialName,
      municipalityCode: request.municipality.code,
      region: region?.name ?? null,
      at: request.at.toISOString(),
      madeAt: now.toISOString(),
      age: request.age,
      situations,
      staffChannels: staff,
      callNow: callData,
      entryPoints: entryData,
      regionalEntryPoints: regionalData,
      offers: offerData,
      volunteerOrganisations: sections.volunteerOrganisations.shown.map((v) => ({
        name: v.name,
        local: v.municipalityCode === request.municipality.code,
        website: v.website && /^https?:\/\//.test(v.website) ? v.website : null,
        description: v.description?.trim() || null,
      })),
      themeDays: dayData,
      more: {
        entryPoints: sections.entryPoints.more,
        regionalEntryPoints: sections.regionalEntryPoints.more,
        offers: sections.offers.more,
        volunteerOrganisations: sections.volunteerOrganisations.more,
        themeDays: sections.themeDays.more,
      },
      pageUrl: sheetUrl(this.config.publicUrl, request, atGiven),
      onlineUrl: sheetUrl(this.config.publicUrl, request, atGiven, true),
    };
  }

  private async entryPoint(ctx: RequestContext, entry: RankedEntryPoint, seesStaff: boolean, now: Date): Promise<SheetEntryPoint> {
    const { contact: c, openingStatus: opening } = entry;
    const [org, unit] = await Promise.all([
      this.organisations.load(ctx, c.organisationId),
      c.unitId ? this.units.load(ctx, c.unitId) : Promise.resolve(null),
    ]);
    return {
      kind: c.kind === ContactKind.FUNCTION ? 'FUNCTION' : 'PERSON',
      name: c.name,
      roleTitle: c.roleTitle?.trim() || null,
      place: [org?.name, unit?.name].filter(Boolean).join(' – ') || 'Ukendt organisation',
      helpText: c.helpText?.trim() || null,
      channels: channels(c.channels, seesStaff),
      hours: hoursText(c.openingHours),
      opening: opening && {
        openNow: opening.openNow,
        closesAt: opening.closesAt?.toISOString() ?? null,
        nextOpensAt: opening.nextOpensAt?.toISOString() ?? null,
        holiday: opening.holiday,
      },
      ...freshness(c, org, now),
    };
  }

  private async offer(ctx: RequestContext, o: Offer, seesStaff: boolean, now: Date): Promise<SheetOffer> {
    const [org, unit] = await Promise.all([
      this.organisations.load(ctx, o.organisationId),
      o.unitId ? this.units.load(ctx, o.unitId) : Promise.resolve(null),
    ]);
    return {
      name: o.name,
      provider: [org?.name, unit?.name].filter(Boolean).join(' – ') || 'Ukendt organisation',
      accessRoute: ACCESS_ROUTES[o.accessRoute] ?? o.accessRoute,
      ages: ages(o.ageMin, o.ageMax),
      referredBy: o.referredBy?.trim() || null,
      decidedBy: o.decidedBy?.trim() || null,
      waitingTime: o.waitingTime?.trim() || null,
      holdsAuthority: o.holdsAuthority,
      helpText: (o.helpText ?? o.description)?.trim() || null,
      channels: channels(o.channels, seesStaff),
      hours: hoursText(o.openingHours),
      ...freshness(o, org, now),
    };
  }
}

function channels(list: Channel[], seesStaff: boolean) {
  return visibleChannels(list, seesStaff).map((c) => ({
    kind: c.kind,
    label: c.label?.trim() || null,
    value: c.value,
    staffOnly: c.visibility !== 'PUBLIC',
  }));
}

function freshness(record: { lastVerifiedAt: Date | null; createdAt: Date }, org: Organisation | null, now: Date) {
  const due = verificationDue(record, org?.verificationIntervalDays ?? DEFAULT_VERIFICATION_INTERVAL_DAYS);
  return { stale: due < now, lastVerifiedAt: record.lastVerifiedAt?.toISOString() ?? null };
}
