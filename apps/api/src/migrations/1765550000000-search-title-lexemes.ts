import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many words (lexemes) each document's title has, as its search vector's title part (weight A) holds them.
 * The score's share of the title ("a title that is mostly the query") needs it for every match; it was read
 * with ts_filter, too dear for thousands of matches, so only 200 candidates chosen without it were scored in
 * full, and a short title that should rank 11th could miss them (search-statement.ts).
 */
export class SearchTitleLexemes1765550000000 implements MigrationInterface {
  name = 'SearchTitleLexemes1765550000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search_document ADD COLUMN title_lexemes int
      GENERATED ALWAYS AS (length(to_tsvector('vejviser_da', translate(title, '/', ' ')))) STORED`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search_document DROP COLUMN title_lexemes`);
  }
}
