import { Injectable } from '@nestjs/common';
import { BadInputError } from '#core';
import { GeographyService, type PlaceScope } from '#geography';

/**
 * Place filters of the directory lists. A record applies to a place through its own coverage list
 * when it has one, else through its organisation's municipality or region.
 */
@Injectable()
export class PlaceScopes {
  constructor(private readonly geography: GeographyService) {}

  /**
   * One scope per given filter field, on `at` (default today); a record must match all of them. Several
   * `municipalities` make one scope: a record covering any of them matches (the catalogue export's `kommune`).
   */
  async resolve(
    filter: { municipality?: string | null; municipalities?: string[]; region?: string | null },
    at?: string,
  ): Promise<PlaceScope[]> {
    const scopes: PlaceScope[] = [];
    const codes = filter.municipalities ?? (filter.municipality ? [filter.municipality] : []);
    const [unknown] = codes.length ? await this.geography.unknownMunicipalityCodes(codes) : [];
    if (unknown !== undefined) throw new BadInputError(`Ukendt kommunekode: "${unknown}". Brug fire cifre, fx "0217".`);
    if (filter.region && !(await this.geography.regionKeysFor([filter.region])).length) {
      throw new BadInputError(`Ukendt region: "${filter.region}". Brug fx "hovedstaden" eller "1084".`);
    }
    if (codes.length) scopes.push(await this.geography.placeScope(codes, [], at));
    if (filter.region) scopes.push(await this.geography.placeScope([], [filter.region], at));
    return scopes;
  }
}

/**
 * SQL condition: the record (coverage column optional) joined to its organisation (alias `org`)
 * applies somewhere in `scope`. Parameter names are suffixed with `n`.
 */
export function placeCondition(scope: PlaceScope, n: number, coverageColumn?: string): [string, Record<string, string[]>] {
  const own = `array_remove(ARRAY[org.municipality_code], NULL)`;
  const places = coverageColumn ? `(CASE WHEN cardinality(${coverageColumn}) > 0 THEN ${coverageColumn} ELSE ${own} END)` : own;
  const sql = `(${places} && :codes${n}::text[] OR (org.region_key = ANY(:regions${n}::text[])${coverageColumn ? ` AND cardinality(${coverageColumn}) = 0` : ''}))`;
  return [sql, { [`codes${n}`]: scope.municipalityCodes, [`regions${n}`]: scope.regionKeys }];
}

/**
 * The condition of `placeCondition(scope, n, '<alias>.municipality_codes')` for offers (alias `offer`), written so
 * PostgreSQL can use the indexes instead of reading every offer: those whose coverage list overlaps the
 * municipalities (GIN index on municipality_codes), and those without one whose organisation is in a municipality
 * or region of the scope (index on organisation_id). The same rows: a coverage list, when there is one, decides.
 */
export function offerPlaceCondition(scope: PlaceScope, n: number): [string, Record<string, string[]>] {
  const sql = `offer.id IN (SELECT c.id FROM offer c WHERE c.municipality_codes && :codes${n}::text[]
    UNION ALL SELECT o.id FROM offer o WHERE cardinality(o.municipality_codes) = 0 AND o.organisation_id IN
      (SELECT g.id FROM organisation g WHERE g.municipality_code = ANY(:codes${n}::text[]) OR g.region_key = ANY(:regions${n}::text[])))`;
  return [sql, { [`codes${n}`]: scope.municipalityCodes, [`regions${n}`]: scope.regionKeys }];
}
