import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { byKeys, groupByKeys, todayInDenmark, type RequestContext } from '#core';
import { Municipality } from './municipality.entity.js';
import { MunicipalityRegion } from './municipality-region.entity.js';
import { Region } from './region.entity.js';

const MUNICIPALITY_CODE = /^\d{4}$/;

@Injectable()
export class GeographyService {
  constructor(private readonly dataSource: DataSource) {}

  isMunicipalityCode(code: string): boolean {
    return MUNICIPALITY_CODE.test(code);
  }

  findMunicipality(ctx: RequestContext, code: string): Promise<Municipality | null> {
    return this.municipalityLoader(ctx).load(code);
  }

  municipalityLoader(ctx: RequestContext) {
    return ctx.loader<string, Municipality | null>('geography.municipality', async (codes) => {
      const rows = await this.dataSource.getRepository(Municipality).findBy({ code: In([...codes]) });
      return byKeys(codes, rows, (m) => m.code);
    });
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
    return ctx.loader<string, Region | null>('geography.region', async (keys) => {
      const rows = await this.dataSource.getRepository(Region).find({ where: [{ key: In([...keys]) }, { code: In([...keys]) }] });
      return keys.map((k) => rows.find((r) => r.key === k || r.code === k) ?? null);
    }).load(keyOrCode);
  }

  /** The region a municipality belongs to on `at` (batched per request). */
  async regionOf(ctx: RequestContext, municipalityCode: string, at: string = todayInDenmark()): Promise<Region | null> {
    const membership = await ctx
      .loader<string, MunicipalityRegion | null>(`geography.regionOf.${at}`, async (codes) => {
        const rows = await this.dataSource
          .getRepository(MunicipalityRegion)
          .createQueryBuilder('mr')
          .where('mr.municipality_code IN (:...codes)', { codes })
          .andWhere('mr.valid_from <= :at AND (mr.valid_to IS NULL OR mr.valid_to >= :at)', { at })
          .getMany();
        return byKeys(codes, rows, (r) => r.municipalityCode);
      })
      .load(municipalityCode);
    return membership ? this.findRegion(ctx, membership.regionKey) : null;
  }

  memberships(ctx: RequestContext, municipalityCode: string): Promise<MunicipalityRegion[]> {
    return ctx
      .loader<string, MunicipalityRegion[]>('geography.memberships', async (codes) => {
        const rows = await this.dataSource
          .getRepository(MunicipalityRegion)
          .find({ where: { municipalityCode: In([...codes]) }, order: { validFrom: 'ASC' } });
        return groupByKeys(codes, rows, (r) => r.municipalityCode);
      })
      .load(municipalityCode);
  }

  /** Municipality codes belonging to any of `regionKeys` on `at`. */
  async municipalityCodesInRegions(regionKeys: string[], at: string = todayInDenmark()): Promise<string[]> {
    if (regionKeys.length === 0) return [];
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT mr.municipality_code AS code FROM municipality_region mr
       JOIN region r ON r.key = mr.region_key
       WHERE (r.key = ANY($1) OR r.code = ANY($1)) AND mr.valid_from <= $2 AND (mr.valid_to IS NULL OR mr.valid_to >= $2)`,
      [regionKeys, at],
    );
    return rows.map((r) => r.code);
  }

  /** Keys of the regions the municipalities belong to on `at`. */
  async regionKeysOf(municipalityCodes: string[], at: string = todayInDenmark()): Promise<string[]> {
    if (municipalityCodes.length === 0) return [];
    const rows: { key: string }[] = await this.dataSource.query(
      `SELECT DISTINCT region_key AS key FROM municipality_region
       WHERE municipality_code = ANY($1) AND valid_from <= $2 AND (valid_to IS NULL OR valid_to >= $2)`,
      [municipalityCodes, at],
    );
    return rows.map((r) => r.key);
  }

  /** Region keys for keys or official codes ("1084" → "hovedstaden"); unknown ones are dropped. */
  async regionKeysFor(keysOrCodes: string[]): Promise<string[]> {
    if (keysOrCodes.length === 0) return [];
    const rows: { key: string }[] = await this.dataSource.query(`SELECT key FROM region WHERE key = ANY($1) OR code = ANY($1)`, [keysOrCodes]);
    return rows.map((r) => r.key);
  }

  /** Which of `codes` are not municipality codes. */
  async unknownMunicipalityCodes(codes: string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: { code: string }[] = await this.dataSource.query(`SELECT code FROM municipality WHERE code = ANY($1)`, [codes]);
    const known = new Set(rows.map((r) => r.code));
    return codes.filter((c) => !known.has(c));
  }
}
