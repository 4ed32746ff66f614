import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: suggest finds the names with a word that starts with what was typed through a btree on
 * each word of the folded names (`search_suggestion_word`, C collation, so `LIKE 'so%'` is an index
 * range), instead of a LIKE over every row or a trigram index that a two-letter prefix barely narrows
 * (10–13 ms and 37 ms at Denmark's 19,386 names; the planner chose the scan). Statement triggers keep
 * the words in step with `search_suggestion` in the same statement, however it is written.
 */
export class SearchSuggestionWords1765530000000 implements MigrationInterface {
  name = 'SearchSuggestionWords1765530000000';

  async up(db: QueryRunner): Promise<void> {
    // `first`: the name's first word; `rank` and `label` as in search_suggestion, to order without reading it.
    await db.query(`CREATE TABLE search_suggestion_word (
      word text COLLATE "C" NOT NULL,
      kind text NOT NULL,
      ref text NOT NULL,
      first boolean NOT NULL,
      rank smallint NOT NULL,
      label text NOT NULL,
      PRIMARY KEY (word, kind, ref))`);
    await db.query(`CREATE FUNCTION vejviser_suggestion_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          TRUNCATE search_suggestion_word;
          RETURN NULL;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          DELETE FROM search_suggestion_word w USING removed r WHERE w.kind = r.kind AND w.ref = r.ref;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO search_suggestion_word (word, kind, ref, first, rank, label)
          SELECT x.word, a.kind, a.ref, bool_or(x.n = 1), min(a.rank), min(a.label)
          FROM added a, regexp_split_to_table(btrim(a.suggest_text), ' +') WITH ORDINALITY AS x(word, n)
          WHERE x.word <> '' GROUP BY x.word, a.kind, a.ref;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER search_suggestion_words_inserted AFTER INSERT ON search_suggestion
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION vejviser_suggestion_words()`);
    await db.query(`CREATE TRIGGER search_suggestion_words_updated AFTER UPDATE ON search_suggestion
      REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION vejviser_suggestion_words()`);
    await db.query(`CREATE TRIGGER search_suggestion_words_deleted AFTER DELETE ON search_suggestion
      REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION vejviser_suggestion_words()`);
    await db.query(`CREATE TRIGGER search_suggestion_words_truncated AFTER TRUNCATE ON search_suggestion
      FOR EACH STATEMENT EXECUTE FUNCTION vejviser_suggestion_words()`);
    await db.query(`INSERT INTO search_suggestion_word (word, kind, ref, first, rank, label)
      SELECT x.word, s.kind, s.ref, bool_or(x.n = 1), min(s.rank), min(s.label)
      FROM search_suggestion s, regexp_split_to_table(btrim(s.suggest_text), ' +') WITH ORDINALITY AS x(word, n)
      WHERE x.word <> '' GROUP BY x.word, s.kind, s.ref`);
    await db.query(`ANALYZE search_suggestion_word`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE search_suggestion_word`);
    for (const op of ['inserted', 'updated', 'deleted', 'truncated'])
      await db.query(`DROP TRIGGER search_suggestion_words_${op} ON search_suggestion`);
    await db.query(`DROP FUNCTION vejviser_suggestion_words()`);
  }
}
