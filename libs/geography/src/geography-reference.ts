import type { DataSource } from 'typeorm';
import { Municipality } from './municipality.entity.js';
import { MunicipalityRegion } from './municipality-region.entity.js';
import { Region } from './region.entity.js';

/**
 * The municipalities, regions and region memberships, read once when the app starts. They are reference data that
 * only migrations change (no mutation, job or import writes them), so every API process can answer the lookups most
 * requests make (an organisation's municipality and region) without a round trip to PostgreSQL. A code or key not
 * held here is not "unknown": callers ask the database then, so a row added after start is still found.
 */
export class GeographyReference {
  private municipalities = new Map<string, Municipality>();
  /** By key and by official code. */
  private regions = new Map<string, Region>();
  private memberships = new Map<string, MunicipalityRegion[]>();

  async load(dataSource: DataSource): Promise<void> {
    const [municipalities, regions, memberships] = await Promise.all([
      dataSource.getRepository(Municipality).find(),
      dataSource.getRepository(Region).find(),
      dataSource.getRepository(MunicipalityRegion).find({ order: { municipalityCode: 'ASC', validFrom: 'ASC' } }),
    ]);
    this.municipalities = new Map(municipalities.map((m) => [m.code, m]));
    this.regions = new Map(regions.flatMap((r) => [[r.key, r] as const, ...(r.code ? [[r.code, r] as const] : [])]));
    this.memberships = new Map();
    for (const row of memberships) this.memberships.set(row.municipalityCode, [...(this.memberships.get(row.municipalityCode) ?? []), row]);
  }

  /** Every membership read at start, by municipality code. */
  allMemberships(): MunicipalityRegion[] {
    return [...this.memberships.values()].flat();
  }

  municipality(code: string): Municipality | undefined {
    return this.municipalities.get(code);
  }

  region(keyOrCode: string): Region | undefined {
    return this.regions.get(keyOrCode);
  }

  /** The membership on `at` (YYYY-MM-DD): null when the municipality belonged to no region then; undefined when not held here. */
  membershipOn(code: string, at: string): MunicipalityRegion | null | undefined {
    const rows = this.memberships.get(code);
    if (!rows) return undefined;
    return rows.find((r) => r.validFrom <= at && (r.validTo === null || r.validTo >= at)) ?? null;
  }

  /**
   * The regions the municipalities belonged to on or before `at` (YYYY-MM-DD), each once: what `placeScope` reads
   * from municipality_region; undefined when a municipality is not held here.
   */
  regionKeysUpTo(codes: readonly string[], at: string): string[] | undefined {
    if (!codes.every((code) => this.municipalities.has(code))) return undefined;
    const rows = codes.flatMap((code) => this.memberships.get(code) ?? []);
    return [...new Set(rows.filter((r) => r.validFrom <= at).map((r) => r.regionKey))];
  }
}
