import { Inject, Injectable } from '@nestjs/common';
import { BadInputError, todayInDenmark, type FieldError, type RequestContext } from '#core';
import {
  ContactsService,
  DirectoryGeneration,
  GenerationCache,
  OffersService,
  OrganisationsService,
  TaxonomyKindEnum,
  TaxonomyService,
  type Contact,
  type Offer,
  type Organisation,
} from '#directory';
import { GeographyService, type Municipality, type Region } from '#geography';
import { ThemeDay, ThemeDaysService } from '#network';
import { HANDOVER_CONFIG, type HandoverConfig } from '../handover.config.js';
import { type HandoverRequest } from './handover-guide.types.js';
import { rankEntryPoints, type RankedEntryPoint } from './handover-ranking.js';

/** What the guide is asked: a municipality (code or name), an age, situations and a moment. */
export interface HandoverArgs {
  municipality: string;
  age?: number | null;
  situations?: readonly string[] | null;
  at?: Date | null;
}

export type CheckedHandover = { ok: true; request: HandoverRequest } | { ok: false; errors: FieldError[] };

/** Enough for any real municipality; the lists are bounded so the guide stays a fixed, small cost. */
const MAX_ENTRY_POINTS = 100;
const MAX_REGIONAL_ENTRY_POINTS = 50;
const MAX_OFFERS = 100;
const MAX_VOLUNTEER_ORGANISATIONS = 50;
const MAX_THEME_DAYS = 5;

/**
 * The handover guide: each list is one SQL statement whatever its length (nested fields load in
 * batches), and nothing about the question is written anywhere.
 */
@Injectable()
export class HandoverGuideService {
  constructor(
    private readonly geography: GeographyService,
    private readonly taxonomy: TaxonomyService,
    private readonly organisations: OrganisationsService,
    private readonly contacts: ContactsService,
    private readonly offersService: OffersService,
    private readonly themeDays: ThemeDaysService,
    generations: DirectoryGeneration,
    @Inject(HANDOVER_CONFIG) config: HandoverConfig,
  ) {
    this.cache = new GenerationCache(generations, config.cacheEntries ?? 0);
  }

  /**
   * The lists' statements, kept while the directory is unchanged: they depend on the day, not the moment, and
   * not on who asks (ranking for the moment and visibility come after, per request). Theme days are read each time.
   */
  private readonly cache: GenerationCache;

  /** The lists of a question asked for so far, so its sections (callNow, entryPoints, …) share one statement each. */
  private readonly lists = new WeakMap<HandoverRequest, GuideLists>();

  /** Checks the question; errors name the field (`municipalityCode`, `age`, `situations.1`, `at`) and never echo a value (CPR-like text is refused before it gets here). */
  async check(args: HandoverArgs): Promise<CheckedHandover> {
    const errors: FieldError[] = [];
    const situations = [...new Set((args.situations ?? []).map((s) => s.trim()))];
    const raw = args.municipality.trim();
    let municipality: Municipality | null = null;
    if (!raw) errors.push({ path: 'municipalityCode', message: 'Angiv kommunen med kode eller navn, fx "0217" eller "Helsingør".' });
    else {
      municipality = await this.geography.findMunicipalityByCodeOrName(raw);
      if (!municipality) {
        errors.push({ path: 'municipalityCode', message: `Ukendt kommune: "${raw}". Brug koden med fire cifre, fx "0217", eller navnet.` });
      }
    }
    const age = args.age ?? null;
    if (age !== null && (!Number.isInteger(age) || age < 0 || age > 120)) {
      errors.push({ path: 'age', message: 'Alderen skal være et helt tal fra 0 til 120.' });
    }
    const unknown = await this.taxonomy.check(situations, TaxonomyKindEnum.SITUATION, 'situations');
    errors.push(...unknown);
    // Opening hours are given to the minute, so "now" is the minute: the same answer all of it (and keepable).
    const at = args.at ?? new Date(Math.floor(Date.now() / 60_000) * 60_000);
    if (Number.isNaN(at.getTime()))
      errors.push({ path: 'at', message: 'Tidspunktet skal skrives i ISO 8601, fx "2026-12-31T10:00:00+01:00".' });
    if (errors.length || !municipality) return { ok: false, errors };
    const date = todayInDenmark(at);
    return {
      ok: true,
      request: {
        municipality,
        at,
        date,
        age,
        askedSituations: situations,
        situationKeys: situations.length ? await this.matchingSituations(situations) : [],
        scope: await this.geography.placeScope([municipality.code], [], date),
      },
    };
  }

  /** The checked question, or a BAD_USER_INPUT error with every problem in Danish. */
  async request(args: HandoverArgs): Promise<HandoverRequest> {
    const checked = await this.check(args);
    if (!checked.ok) throw new BadInputError(checked.errors.map((e) => e.message).join(' '));
    return checked.request;
  }

  /** The region the municipality belongs to on the day asked about (Region Østdanmark from 2027). */
  region(ctx: RequestContext, request: HandoverRequest): Promise<Region | null> {
    return this.geography.regionOf(ctx, request.municipality.code, request.date);
  }

  /**
   * Live contacts (not left) for the situations, ranked for the moment asked about (`rankEntryPoints`:
   * open first, exact situation, age fit, functions before persons): the municipality's own, or
   * (`regional`) those of the regional organisations of its region. One statement per list and question.
   */
  entryPoints(request: HandoverRequest, regional = false): Promise<RankedEntryPoint[]> {
    const lists = this.listsOf(request);
    const list = regional
      ? (lists.regional ??= this.rankedEntryPoints(request, true))
      : (lists.municipal ??= this.rankedEntryPoints(request, false));
    return together(lists, list);
  }

  private listsOf(request: HandoverRequest): GuideLists {
    let lists = this.lists.get(request);
    if (!lists) this.lists.set(request, (lists = {}));
    return lists;
  }

  private async rankedEntryPoints(request: HandoverRequest, regional: boolean): Promise<RankedEntryPoint[]> {
    const contacts = await this.findEntryPoints(request, regional);
    // The ones to call now are the municipality's: the region's open lines follow in their own section.
    return rankEntryPoints(contacts, request).map((e) => (regional ? { ...e, callNow: false } : e));
  }

  /**
   * The one(s) to call now: the municipality's entry points open at `at` whose ages include the age, on a
   * situation asked about itself; when none of those is open, the open general lines (a parent or
   * sub-situation match, e.g. the duty phone for any discharge). Empty when nothing of the municipality is open.
   */
  async callNow(request: HandoverRequest): Promise<RankedEntryPoint[]> {
    return (await this.entryPoints(request)).filter((e) => e.callNow);
  }

  private findEntryPoints(request: HandoverRequest, regional: boolean): Promise<Contact[]> {
    const filter = {
      ...(regional ? { regionKeys: request.scope.regionKeys } : { municipalityCode: request.municipality.code }),
      situationKeys: request.situationKeys,
      limit: regional ? MAX_REGIONAL_ENTRY_POINTS : MAX_ENTRY_POINTS,
    };
    return this.cache.get('handover:entryPoints', filter, () => this.contacts.forHandover(filter));
  }

  /**
   * Active offers on the day that cover the municipality (the rule of `offers(filter: { municipality })`),
   * fit the age and the situations; the municipality's own first, then by name.
   */
  offers(request: HandoverRequest): Promise<Offer[]> {
    const lists = this.listsOf(request);
    return together(lists, (lists.offers ??= this.findOffers(request)));
  }

  private findOffers(request: HandoverRequest): Promise<Offer[]> {
    const filter = {
      municipalityCode: request.municipality.code,
      scope: request.scope,
      date: request.date,
      age: request.age,
      situationKeys: request.situationKeys,
      limit: MAX_OFFERS,
    };
    return this.cache.get('handover:offers', filter, () => this.offersService.forHandover(filter));
  }

  /** The volunteer organisations of `volunteerOrganisations(municipality:)`: local branches first, then national ones. */
  volunteerOrganisations(request: HandoverRequest): Promise<Organisation[]> {
    const { code } = request.municipality;
    return this.cache.get('handover:volunteers', { code, date: request.date }, async () => {
      const page = await this.organisations.listVolunteers(code, { first: MAX_VOLUNTEER_ORGANISATIONS }, request.date);
      return page.edges.map((edge) => edge.node);
    });
  }

  /** A few upcoming theme days on the situations, of networks the municipality (or its region) takes part in, that the viewer may see. */
  themeDaysFor(ctx: RequestContext, request: HandoverRequest): Promise<ThemeDay[]> {
    return this.themeDays.upcoming(ctx, {
      after: request.at,
      situationKeys: request.situationKeys,
      places: request.scope,
      limit: MAX_THEME_DAYS,
    });
  }

  /**
   * The situations asked about with their sub-situations, and their parents: a general line for
   * "discharge" (a duty phone) is an entry point at a discharge from child and youth psychiatry too.
   */
  private async matchingSituations(keys: string[]): Promise<string[]> {
    const result = new Set(await this.taxonomy.withDescendants(keys));
    for (const key of keys) {
      for (let parent = (await this.taxonomy.find(key))?.parentKey; parent; parent = (await this.taxonomy.find(parent))?.parentKey) {
        result.add(parent);
      }
    }
    return [...result];
  }
}

/** The lists of one question that its query has asked for, each read once. */
interface GuideLists {
  municipal?: Promise<RankedEntryPoint[]>;
  regional?: Promise<RankedEntryPoint[]>;
  offers?: Promise<Offer[]>;
  /** Settles once every list asked for has been read. */
  all?: Promise<unknown>;
}

/**
 * `list`, handed out once every list the query asks for has been read: GraphQL starts the resolvers of all of a
 * guide's fields before the next macrotask, so waiting for that lets the records their entries name
 * (organisations, units) load in one batch instead of one per list. A list not asked for is not read.
 */
function together<T>(lists: GuideLists, list: Promise<T>): Promise<T> {
  lists.all ??= new Promise((resolve) => setImmediate(resolve)).then(() =>
    Promise.allSettled([lists.municipal, lists.regional, lists.offers]),
  );
  return lists.all.then(() => list);
}
