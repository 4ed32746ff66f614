import { Injectable } from '@nestjs/common';
import { todayInDenmark } from '#core';
import { GeographyService } from '#geography';

/**
 * Where a record applies: its own coverage list when it has one, else its organisation's
 * municipality, or the organisation's region (regional units serve every municipality in it).
 */
export interface PlaceScope {
  municipalityCodes: string[];
  regionKeys: string[];
}

@Injectable()
export class PlaceScopes {
  constructor(private readonly geography: GeographyService) {}

  /** The scope of a municipality and/or region filter, with regions as they are today. */
  async resolve(filter: { municipality?: string | null; region?: string | null }): Promise<PlaceScope[]> {
    const scopes: PlaceScope[] = [];
    const today = todayInDenmark();
    if (filter.municipality) {
      const regions = await this.geography.regionKeysOf([filter.municipality], today);
      scopes.push({ municipalityCodes: [filter.municipality], regionKeys: regions });
    }
    if (filter.region) {
      const codes = await this.geography.municipalityCodesInRegions([filter.region], today);
      const keys = await this.geography.regionKeysFor([filter.region]);
      scopes.push({ municipalityCodes: codes, regionKeys: keys });
    }
    return scopes;
  }
}

/**
 * SQL condition: the record (alias `record`, coverage column optional) joined to its organisation
 * (alias `org`) applies somewhere in `scope`. Parameter names are suffixed with `n`.
 */
export function placeCondition(scope: PlaceScope, n: number, coverageColumn?: string): [string, Record<string, string[]>] {
  const own = `array_remove(ARRAY[org.municipality_code], NULL)`;
  const places = coverageColumn ? `(CASE WHEN cardinality(${coverageColumn}) > 0 THEN ${coverageColumn} ELSE ${own} END)` : own;
  const sql = `(${places} && :codes${n}::text[] OR (org.region_key = ANY(:regions${n}::text[])${coverageColumn ? ` AND cardinality(${coverageColumn}) = 0` : ''}))`;
  return [sql, { [`codes${n}`]: scope.municipalityCodes, [`regions${n}`]: scope.regionKeys }];
}
