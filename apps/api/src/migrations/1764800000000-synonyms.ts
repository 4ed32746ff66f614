import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Danish defaults for the synonym groups coordinators can edit. Every term of a group means the
 * same as the others; a term of several words is matched as a phrase. Kept here as data of this
 * migration (not imported), so the seed never changes once applied.
 */
const DEFAULT_SYNONYMS: string[][] = [
  ['BUP', 'børne- og ungdomspsykiatri', 'børne- og ungdomspsykiatrisk', 'børnepsykiatri', 'BUC'],
  ['PPR', 'pædagogisk psykologisk rådgivning'],
  ['UU', 'UU-vejledning', 'ungdommens uddannelsesvejledning', 'uddannelsesvejledning'],
  ['SSP', 'SSP-samarbejdet', 'skole, socialforvaltning og politi'],
  ['OPUS', 'OPUS-team', 'første psykose'],
  ['KUI', 'den kommunale ungeindsats', 'ungeindsats'],
  ['FGU', 'forberedende grunduddannelse'],
  ['STU', 'særligt tilrettelagt ungdomsuddannelse'],
  ['LMS', 'Landsforeningen mod spiseforstyrrelser og selvskade'],
  ['bostøtte', '§ 85', 'SEL § 85', 'serviceloven § 85', 'socialpædagogisk støtte'],
  ['støtte- og kontaktperson', 'SKP', '§ 99', 'SEL § 99', 'serviceloven § 99'],
  ['midlertidigt botilbud', '§ 107', 'SEL § 107', 'serviceloven § 107'],
  ['længerevarende botilbud', '§ 108', 'SEL § 108', 'serviceloven § 108'],
  ['misbrugsbehandling', 'rusmiddelbehandling', '§ 101', 'SEL § 101', 'serviceloven § 101'],
  ['værested', '§ 104', 'SEL § 104', 'serviceloven § 104'],
  ['serviceloven', 'SEL', 'lov om social service'],
  ['udskrivning', 'udskrivelse', 'udskrevet'],
  ['misbrug', 'rusmiddel', 'rusmidler', 'rusmiddelproblemer'],
  ['psykiatrisk akutmodtagelse', 'psykiatrisk skadestue', 'akutpsykiatri'],
  ['dobbeltdiagnose', 'dobbelt diagnose'],
  ['selvskade', 'selvskadende adfærd', 'cutting'],
  ['selvmordsforsøg', 'selvmordshandling'],
  ['egen læge', 'praktiserende læge', 'almen praksis'],
];

export class Synonyms1764800000000 implements MigrationInterface {
  name = 'Synonyms1764800000000';

  async up(db: QueryRunner): Promise<void> {
    // Groups of words and phrases that mean the same; edited by administrators and network coordinators.
    await db.query(`CREATE TABLE search_synonym (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      terms text[] NOT NULL CHECK (cardinality(terms) BETWEEN 2 AND 20),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now())`);
    for (const terms of DEFAULT_SYNONYMS) await db.query(`INSERT INTO search_synonym (terms) VALUES ($1)`, [terms]);

    // "Ungeindsats/KUI" and "24/7" are one token ("file") to the text parser, so neither word was
    // findable. The indexed text now reads a slash as a space (the stored text is unchanged).
    await db.query(`ALTER TABLE search_document DROP COLUMN tsv`);
    await db.query(`ALTER TABLE search_document ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('vejviser_da', translate(title, '/', ' ')), 'A') ||
        setweight(to_tsvector('vejviser_da', translate(coalesce(subtitle, ''), '/', ' ')), 'B') ||
        setweight(to_tsvector('vejviser_da', translate(body, '/', ' ')), 'C')) STORED`);
    await db.query(`CREATE INDEX search_document_tsv_idx ON search_document USING gin (tsv)`);

    // Danish compounds: "fravær" should find "skolefravær". Each indexed word's stem, reversed, so
    // the words ending in a stem are one index range ("ravaf…"), fast however large the vocabulary.
    await db.query(`ALTER TABLE search_term ADD COLUMN rstem text COLLATE "C"
      GENERATED ALWAYS AS (reverse(coalesce((ts_lexize('danish_stem', word))[1], word))) STORED`);
    await db.query(`CREATE INDEX search_term_rstem_idx ON search_term (rstem)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE search_term DROP COLUMN rstem`);
    await db.query(`ALTER TABLE search_document DROP COLUMN tsv`);
    await db.query(`ALTER TABLE search_document ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('vejviser_da', title), 'A') ||
        setweight(to_tsvector('vejviser_da', coalesce(subtitle, '')), 'B') ||
        setweight(to_tsvector('vejviser_da', body), 'C')) STORED`);
    await db.query(`CREATE INDEX search_document_tsv_idx ON search_document USING gin (tsv)`);
    await db.query(`DROP TABLE IF EXISTS search_synonym`);
  }
}
