import { TaxonomyKindEnum, type TaxonomyTerm } from '#directory';
import { childId, taxonomyId, termId } from './hsds-ids.js';
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './hsds.types.js';

/** Vejviser's published taxonomies: situations and problem tags (the directory's), and the attribute vocabulary. */
export const TAXONOMY_KEYS = {
  SITUATION: 'vejviser-situationer',
  PROBLEM: 'vejviser-problemer',
  ATTRIBUTE: 'vejviser-egenskaber',
} as const;

const TAXONOMY_TEXT: Record<string, { name: string; description: string }> = {
  [TAXONOMY_KEYS.SITUATION]: {
    name: 'Vejviser: overleveringssituationer',
    description: 'De situationer, en overlevering starter i (fx udskrivning fra psykiatrien, overgangen ved 18 år).',
  },
  [TAXONOMY_KEYS.PROBLEM]: {
    name: 'Vejviser: problemområder',
    description: 'Hvad borgeren kæmper med (fx angst, spiseforstyrrelser, ensomhed).',
  },
  [TAXONOMY_KEYS.ATTRIBUTE]: {
    name: 'Vejviser: egenskaber',
    description: 'Oplysninger, HSDS ikke har felter til: lovgrundlag, adgangsvej, primær aldersgruppe, myndighed, synlighed m.m.',
  },
};

/** The attribute vocabulary: what each `attributes` entry with a term of `vejviser-egenskaber` says (its `value`). */
export const ATTRIBUTE_TERMS = {
  adgangsvej:
    'Adgangsvej: ANONYMOUS (anonym), SELF_REFERRAL (egen henvendelse), REFERRAL (henvisning) eller VISITATION (kommunal afgørelse).',
  lovgrundlag: 'Lov og paragraf, tilbuddet gives efter, fx "Serviceloven § 85".',
  'primaer-aldersgruppe': 'Den primære aldersgruppe som "fra-til" i år, fx "13-25".',
  myndighed: '"true" når enheden har myndighed (en henvendelse kan åbne en sag).',
  dobbeltdiagnose: '"true" eller "false": om borgere med dobbeltdiagnose modtages.',
  'henvisning-fra': 'Hvem der kan henvise (ved adgangsvej REFERRAL).',
  'visiteres-af': 'Hvilken enhed der træffer afgørelse (ved adgangsvej VISITATION).',
  kapacitet: 'Kapacitet eller ledige pladser, som fritekst.',
  starter: 'Dato (ÅÅÅÅ-MM-DD) tilbuddet starter.',
  slutter: 'Dato (ÅÅÅÅ-MM-DD) tilbuddet slutter, fx når projektmidler udløber.',
  sektor: 'Organisationens sektor: MUNICIPAL, REGIONAL, STATE, CIVIL_SOCIETY eller PRIVATE.',
  kommunekode: 'Organisationens kommune (firecifret kommunekode).',
  region: 'Organisationens region (nøgle).',
  synlighed: 'Kanalens synlighed. Altid "PUBLIC": kanaler kun for fagpersoner (STAFF) udgives ikke.',
  kontakttype: 'PERSON (navngiven person) eller FUNCTION (funktion, fx vagttelefon).',
  demodata: '"true" for opdigtede demodata.',
} as const;
export type AttributeKey = keyof typeof ATTRIBUTE_TERMS;

export function hsdsTaxonomies(): HsdsTaxonomy[] {
  return Object.values(TAXONOMY_KEYS).map((key) => ({ id: taxonomyId(key), ...TAXONOMY_TEXT[key], version: '1' }));
}

const taxonomyOf = (term: TaxonomyTerm): string =>
  term.kind === TaxonomyKindEnum.SITUATION ? TAXONOMY_KEYS.SITUATION : TAXONOMY_KEYS.PROBLEM;

/** A directory term (situation or problem tag) as an HSDS taxonomy term; its `code` is the directory's key. */
export function directoryTerm(term: TaxonomyTerm): HsdsTaxonomyTerm {
  const taxonomy = taxonomyOf(term);
  return {
    id: termId(taxonomy, term.key),
    code: term.key,
    name: term.label,
    description: term.label,
    ...(term.parentKey ? { parent_id: termId(taxonomy, term.parentKey) } : {}),
    taxonomy: TAXONOMY_TEXT[taxonomy].name,
    taxonomy_id: taxonomyId(taxonomy),
    language: 'da',
  };
}

export function attributeTerm(key: AttributeKey): HsdsTaxonomyTerm {
  return {
    id: termId(TAXONOMY_KEYS.ATTRIBUTE, key),
    code: key,
    name: key,
    description: ATTRIBUTE_TERMS[key],
    taxonomy: TAXONOMY_TEXT[TAXONOMY_KEYS.ATTRIBUTE].name,
    taxonomy_id: taxonomyId(TAXONOMY_KEYS.ATTRIBUTE),
    language: 'da',
  };
}

export const ATTRIBUTE_KEYS = Object.keys(ATTRIBUTE_TERMS) as AttributeKey[];

/** Every term of every taxonomy, in a stable order: situations, problem tags, then the attribute vocabulary. */
export function allTerms(directoryTerms: TaxonomyTerm[]): HsdsTaxonomyTerm[] {
  return [...directoryTerms.map(directoryTerm), ...ATTRIBUTE_KEYS.map(attributeTerm)];
}

type Entity = 'service' | 'organization' | 'contact' | 'phone';

/** Attributes of one record: its situations and problem tags, and vocabulary entries with values. */
export class AttributeList {
  private readonly items: HsdsAttribute[] = [];
  constructor(
    private readonly linkId: string,
    private readonly entity: Entity,
  ) {}

  term(term: TaxonomyTerm): this {
    const hsds = directoryTerm(term);
    const linkType = term.kind === TaxonomyKindEnum.SITUATION ? 'situation' : 'problem';
    this.items.push({
      id: childId('attribute', this.linkId, `${linkType}:${term.key}`),
      link_id: this.linkId,
      taxonomy_term_id: hsds.id,
      link_type: linkType,
      link_entity: this.entity,
      taxonomy_term: hsds,
    });
    return this;
  }

  value(key: AttributeKey, value: string | number | boolean | null | undefined): this {
    if (value === null || value === undefined || value === '') return this;
    const term = attributeTerm(key);
    this.items.push({
      id: childId('attribute', this.linkId, `${key}:${this.items.length}`),
      link_id: this.linkId,
      taxonomy_term_id: term.id,
      link_type: key,
      link_entity: this.entity,
      value: String(value),
      taxonomy_term: term,
    });
    return this;
  }

  list(): HsdsAttribute[] {
    return this.items;
  }
}
