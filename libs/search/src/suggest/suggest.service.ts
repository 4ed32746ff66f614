import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadInputError } from '#core';
import { Suggestion, SuggestionKind } from './suggest.types.js';

export const SUGGEST_DEFAULT = 10;
export const SUGGEST_MAX = 25;

/**
 * Search-as-you-type over public names: municipalities, situations, organisations and offers that have
 * not ended. Never contacts (names of people, staff lines).
 *
 * It reads PostgreSQL directly rather than going through the search engine port: the names live there,
 * a trigram index on the folded names (vejviser_suggest_text, migration 1764810000000) answers a
 * prefix in milliseconds at Denmark's size, a rename is suggested the moment it commits, and
 * suggestions keep working when Meilisearch is down. An engine gains nothing by holding a copy.
 *
 * Matching: accent- and case-folded ("hels" → Helsingør, "ostjy" → Østjylland), at the start of any
 * word of the name. Names that start with the prefix come first, then by kind (municipality,
 * situation, organisation, offer), shorter names first.
 */
@Injectable()
export class SuggestService {
  constructor(private readonly dataSource: DataSource) {}

  async suggest(prefix: string, first: number | null | undefined): Promise<Suggestion[]> {
    if (prefix.length > 100) throw new BadInputError('Teksten må højst være 100 tegn.');
    const limit = first ?? SUGGEST_DEFAULT;
    if (!Number.isInteger(limit) || limit < 1 || limit > SUGGEST_MAX)
      throw new BadInputError(`"first" skal være mellem 1 og ${SUGGEST_MAX}.`);
    const [{ folded }]: { folded: string | null }[] = await this.dataSource.query(`SELECT vejviser_suggest_text($1) AS folded`, [prefix]);
    if (!folded || folded.trim() === '') return [];
    const rows: { kind: SuggestionKind; label: string; id: string | null; code: string | null; detail: string | null }[] =
      await this.dataSource.query(
        `SELECT kind, label, id, code, detail FROM (
           SELECT 'MUNICIPALITY' AS kind, 0 AS rank, name AS label, NULL::uuid AS id, code, NULL::text AS detail,
                  vejviser_suggest_text(name) AS words
             FROM municipality WHERE vejviser_suggest_text(name) LIKE $1
           UNION ALL
           SELECT 'SITUATION', 1, label_da, NULL, key, NULL, vejviser_suggest_text(label_da)
             FROM taxonomy_term WHERE kind = 'SITUATION' AND vejviser_suggest_text(label_da) LIKE $1
           UNION ALL
           SELECT 'ORGANISATION', 2, name, id, NULL, NULL, vejviser_suggest_text(name)
             FROM organisation WHERE vejviser_suggest_text(name) LIKE $1
           UNION ALL
           SELECT 'OFFER', 3, o.name, o.id, NULL, org.name, vejviser_suggest_text(o.name)
             FROM offer o JOIN organisation org ON org.id = o.organisation_id
             WHERE o.status <> 'ENDED' AND vejviser_suggest_text(o.name) LIKE $1
         ) s
         ORDER BY words LIKE $2 DESC, rank, length(label), label, id
         LIMIT $3`,
        [`%${folded}%`, `${folded}%`, limit],
      );
    return rows.map((row) => Object.assign(new Suggestion(), row));
  }
}
