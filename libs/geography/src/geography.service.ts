import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { byKeys, defineLoader, groupByKeys, sharedTransactionManager, todayInDenmark, type RequestContext } from '#core';
import { GeographyReference } from './geography-reference.js';
import { Municipality } from './municipality.entity.js';
import { MunicipalityRegion } from './municipality-region.entity.js';
import { Region } from './region.entity.js';

const MUNICIPALITY_CODE = /^\d{4}$/;

/**
 * Where a record must apply to match a place filter: one of these municipalities, or one of these
 * regions (a regional unit serves every municipality in its region).
 */
export interface PlaceScope {
  municipalityCodes: string[];
  regionKeys: string[];
}

const MUNICIPALITY = defineLoader<string, Municipality | null>('geography.municipality', async (dataSource, codes) =>
  byKeys(codes, await dataSource.getRepository(Municipality).findBy({ code: In([...codes]) }), (m) => m.code),
);

/** A region by key or by code. */
const REGION = defineLoader<string, Region | null>('geography.region', async (dataSource, keys) => {
  const rows = await dataSource.getRepository(Region).find({ where: [{ key: In([...keys]) }, { code: In([...keys]) }] });
  return keys.map((k) => rows.find((r) => r.key === k || r.code === k) ?? null);
});

/** A municipality's region membership on a day: one query per day asked about (usually one a request). */
type CodeOn = { code: string; at: string };
const codeOn = (key: CodeOn) => `${key.at}|${key.code}`;
const MEMBERSHIP_ON = defineLoader<CodeOn, MunicipalityRegion | null>(
  'geography.regionOf',
  async (dataSource, keys) => {
    const found = new Map<string, MunicipalityRegion>();
    for (const at of new Set(keys.map((key) => key.at))) {
      const codes = keys.filter((key) => key.at === at).map((key) => key.code);
      const rows = await dataSource
        .getRepository(MunicipalityRegion)
        .createQueryBuilder('mr')
        .where('mr.municipality_code IN (:...codes)', { codes })
        .andWhere('mr.valid_from <= :at AND (mr.valid_to IS NULL OR mr.valid_to >= :at)', { at })
        .getMany();
      for (const row of rows) found.set(codeOn({ code: row.municipalityCode, at }), row);
    }
    return keys.map((key) => found.get(codeOn(key)) ?? null);
  },
  { cacheKey: codeOn },
);

const MEMBERSHIPS = defineLoader<string, MunicipalityRegion[]>('geography.memberships', async (dataSource, codes) => {
  const rows = await dataSource
    .getRepository(MunicipalityRegion)
    .find({ where: { municipalityCode: In([...codes]) }, order: { validFrom: 'ASC' } });
  return groupByKeys(codes, rows, (r) => r.municipalityCode);
});

@Injectable()
export class GeographyService implements OnModuleInit {
  /** Region key → every municipality that has ever belonged to it (reference data, read once). */
  private regionMembers = new Map<string, string[]>();
  /** Municipalities, regions and memberships as read at start (reference data: only migrations change it). */
  private readonly reference = new GeographyReference();

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.reference.load(this.dataSource);
    const rows = this.reference.allMemberships().sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode));
    this.regionMembers = new Map();
    for (const row of rows) this.regionMembers.set(row.regionKey, [...(this.regionMembers.get(row.regionKey) ?? []), row.municipalityCode]);
  }

  /**
   * The municipalities a region's units serve: all that ever belonged to it. Region Hovedstaden's
   * units keep serving its 29 municipalities after they move to Region Østdanmark in 2027.
   */
  municipalitiesServedBy(regionKey: string): string[] {
    return this.regionMembers.get(regionKey) ?? [];
  }

  isMunicipalityCode(code: string): boolean {
    return MUNICIPALITY_CODE.test(code);
  }

  findMunicipality(ctx: RequestContext, code: string): Promise<Municipality | null> {
    const known = this.reference.municipality(code);
    return known ? Promise.resolve(known) : ctx.load(MUNICIPALITY, this.dataSource, code);
  }

  /** All municipalities, by name; only those in `regionKey` on `at` when given. */
  async listMunicipalities(regionKey?: string | null, at: string = todayInDenmark()): Promise<Municipality[]> {
    const query = this.dataSource.getRepository(Municipality).createQueryBuilder('m').orderBy('m.name', 'ASC');
    if (regionKey) {
      query.innerJoin(
        MunicipalityRegion,
        'mr',
        'mr.municipality_code = m.code AND mr.region_key = :regionKey AND mr.valid_from <= :at AND (mr.valid_to IS NULL OR mr.valid_to >= :at)',
        { regionKey, at },
      );
    }
    return query.getMany();
  }

  /** Regions valid on `at`, by name. */
  listRegions(at: string = todayInDenmark()): Promise<Region[]> {
    return this.dataSource
      .getRepository(Region)
      .createQueryBuilder('r')
      .where('r.valid_from <= :at AND (r.valid_to IS NULL OR r.valid_to >= :at)', { at })
      .orderBy('r.name', 'ASC')
      .getMany();
  }

  /** A region by key ("hovedstaden") or official code ("1084"). */
  findRegion(ctx: RequestContext, keyOrCode: string): Promise<Region | null> {
    const known = this.reference.region(keyOrCode);
    return known ? Promise.resolve(known) : ctx.load(REGION, this.dataSource, keyOrCode);
  }

  /** The region a municipality belongs to on `at` (batched per request). */
  async regionOf(ctx: RequestContext, municipalityCode: string, at: string = todayInDenmark()): Promise<Region | null> {
    const known = this.reference.membershipOn(municipalityCode, at);
    const membership = known !== undefined ? known : await ctx.load(MEMBERSHIP_ON, this.dataSource, { code: municipalityCode, at });
    return membership ? this.findRegion(ctx, membership.regionKey) : null;
  }

  memberships(ctx: RequestContext, municipalityCode: string): Promise<MunicipalityRegion[]> {
    return ctx.load(MEMBERSHIPS, this.dataSource, municipalityCode);
  }

  /**
   * Municipality codes belonging to any of `regionKeys` on `at`. A region asked about outside its
   * own life is taken on its first or last day: Region Hovedstaden in 2027 means its 29 municipalities.
   */
  async municipalityCodesInRegions(regionKeys: string[], at: string = todayInDenmark()): Promise<string[]> {
    if (regionKeys.length === 0) return [];
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT mr.municipality_code AS code FROM region r
       CROSS JOIN LATERAL (SELECT LEAST(GREATEST($2::date, r.valid_from), coalesce(r.valid_to, 'infinity'::date)) AS day) d
       JOIN municipality_region mr ON mr.region_key = r.key AND mr.valid_from <= d.day AND (mr.valid_to IS NULL OR mr.valid_to >= d.day)
       WHERE r.key = ANY($1) OR r.code = ANY($1)`,
      [regionKeys, at],
    );
    return rows.map((r) => r.code);
  }

  /** Region keys for keys or official codes ("1084" → "hovedstaden"); unknown ones are dropped. */
  async regionKeysFor(keysOrCodes: string[]): Promise<string[]> {
    if (keysOrCodes.length === 0) return [];
    // Through an import's transaction when asked inside one, as unknownMunicipalityCodes.
    const rows: { key: string }[] = await (sharedTransactionManager() ?? this.dataSource).query(
      `SELECT key FROM region WHERE key = ANY($1) OR code = ANY($1)`,
      [keysOrCodes],
    );
    return rows.map((r) => r.key);
  }

  /** Which of `codes` are not municipality codes. */
  async unknownMunicipalityCodes(codes: string[]): Promise<string[]> {
    // Most asked for are held from the start; only the rest need the database (through an import's transaction
    // when asked inside one: another query would wait forever for PGlite's only connection).
    codes = codes.filter((code) => !this.reference.municipality(code));
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await (sharedTransactionManager() ?? this.dataSource).query(
      `SELECT code FROM municipality WHERE code = ANY($1)`,
      [codes],
    );
    const known = new Set(rows.map((r) => r.code));
    return codes.filter((c) => !known.has(c));
  }

  /**
   * The scope of a filter on municipalities and/or regions on `at`. The regions include those the
   * municipalities belonged to before (Region Hovedstaden for Helsingør in 2027), because a regional
   * unit recorded under the old region serves the same municipalities after the merger.
   */
  async placeScope(municipalityCodes: string[], regionKeysOrCodes: string[], at: string = todayInDenmark()): Promise<PlaceScope> {
    // Municipalities alone, all held from the start (the handover guide's and most filters' case): no round trip.
    const held = regionKeysOrCodes.length ? undefined : this.reference.regionKeysUpTo(municipalityCodes, at);
    if (held) return { municipalityCodes: [...new Set(municipalityCodes)], regionKeys: held };
    const regionKeys = await this.regionKeysFor(regionKeysOrCodes);
    const codes = [...new Set([...municipalityCodes, ...(await this.municipalityCodesInRegions(regionKeys, at))])];
    const rows: { key: string }[] = await this.dataSource.query(
      `SELECT DISTINCT region_key AS key FROM municipality_region WHERE municipality_code = ANY($1) AND valid_from <= $2
       UNION SELECT key FROM region WHERE succeeded_by = ANY($3)`,
      [codes, at, regionKeys],
    );
    return { municipalityCodes: codes, regionKeys: [...new Set([...regionKeys, ...rows.map((r) => r.key)])] };
  }

  /** By code ("0217"), short name ("Helsingør") or official name ("Helsingør Kommune"), ignoring case and accents. */
  findMunicipalityByCodeOrName(value: string): Promise<Municipality | null> {
    const known = MUNICIPALITY_CODE.test(value) ? this.reference.municipality(value) : undefined;
    if (known) return Promise.resolve(known);
    return this.dataSource
      .getRepository(Municipality)
      .createQueryBuilder('m')
      .where('m.code = :value OR vejviser_fold(m.name) = vejviser_fold(:value) OR vejviser_fold(m.official_name) = vejviser_fold(:value)', {
        value,
      })
      .orderBy('m.code')
      .getOne();
  }

  /** Every membership of the municipalities that began by `at`, and whether it still holds on `at`; in the caller's transaction. */
  async membershipsUpTo(
    manager: EntityManager,
    codes: string[],
    at: string,
  ): Promise<{ municipalityCode: string; regionKey: string; current: boolean }[]> {
    if (!codes.length) return [];
    const rows: { code: string; region_key: string; current: boolean }[] = await manager.query(
      `SELECT municipality_code AS code, region_key, (valid_to IS NULL OR valid_to >= $2) AS current
       FROM municipality_region WHERE municipality_code = ANY($1) AND valid_from <= $2`,
      [codes, at],
    );
    return rows.map((r) => ({ municipalityCode: r.code, regionKey: r.region_key, current: r.current }));
  }

  /** Municipalities by code, in the caller's transaction (unknown codes are left out). */
  municipalitiesByCodes(manager: EntityManager, codes: string[]): Promise<Municipality[]> {
    return codes.length ? manager.getRepository(Municipality).findBy({ code: In(codes) }) : Promise.resolve([]);
  }

  /** Regions by key, in the caller's transaction (unknown keys are left out). */
  regionsByKeys(manager: EntityManager, keys: string[]): Promise<Region[]> {
    return keys.length ? manager.getRepository(Region).findBy({ key: In(keys) }) : Promise.resolve([]);
  }

  /** The key of the region with this key or official code, in the caller's transaction; null when there is none. */
  async regionKeyOf(manager: EntityManager, keyOrCode: string): Promise<string | null> {
    const [region]: { key: string }[] = await manager.query(`SELECT key FROM region WHERE key = $1 OR code = $1`, [keyOrCode]);
    return region?.key ?? null;
  }
}
