import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { neutraliseFormula } from '#core';
import {
  CatalogueRecords,
  OffersService,
  OrganisationsService,
  TaxonomyService,
  UnitsService,
  type Offer,
  type OfferSelection,
} from '#directory';
import { GeographyService } from '#geography';
import {
  catalogueHeader,
  contactCells,
  inOrder,
  offerCells,
  organisationCells,
  unitCells,
  type Cell,
  type Names,
  type RecordKind,
  type RowCells,
} from './catalogue-rows.js';

/** The header and the rows, read a batch at a time as they are written. */
export interface CatalogueSheetData {
  header: string[];
  rows: AsyncIterable<Cell[]>;
}

/** What a batch's rows need named: the organisation, unit, taxonomy keys and municipality codes they refer to. */
interface Refs {
  organisationId: string | null;
  unitId: string | null;
  situations: string[];
  problems: string[];
  municipalities: string[];
}

/** A record kind's batches, and how one of its records refers to others and becomes cells. */
interface Source {
  batches: AsyncIterable<object[]>;
  refs: (record: object) => Refs;
  cells: (record: object, names: Names) => RowCells;
}

/** The kinds' sources, each typed to its record; `source` widens one for the loop that writes them all. */
function source<T extends object>(batches: AsyncIterable<T[]>, refs: (r: T) => Refs, cells: (r: T, n: Names) => RowCells): Source {
  return { batches, refs: refs as Source['refs'], cells: cells as Source['cells'] };
}
const noKeys = { situations: [], problems: [] };

/**
 * The catalogue as spreadsheet rows, one per offer, contact, organisation and unit the address asks for (`kinds`, in
 * that order), with the catalogue's and search's filters (OffersService.catalogue, CatalogueRecords). Public fields
 * and PUBLIC channels for anyone; the STAFF channels in a column of their own only when `staffLines` (the caller has
 * checked that the viewer may see them). Text a spreadsheet would take for a formula is neutralised.
 */
@Injectable()
export class CatalogueSheet {
  constructor(
    private readonly dataSource: DataSource,
    private readonly offers: OffersService,
    private readonly records: CatalogueRecords,
    private readonly organisations: OrganisationsService,
    private readonly units: UnitsService,
    private readonly taxonomy: TaxonomyService,
    private readonly geography: GeographyService,
  ) {}

  /** Throws the directory's BadInputError for a filter it does not know (a municipality, a situation), before any row. */
  async open(selection: OfferSelection, kinds: RecordKind[], staffLines: boolean): Promise<CatalogueSheetData> {
    // The offers' query reads and checks every filter, so a bad one is refused whichever kinds are asked for.
    const offers = await this.offers.catalogue(selection);
    const sources: Source[] = [];
    for (const kind of kinds) sources.push(await this.source(kind, selection, offers));
    const terms = new Map((await this.taxonomy.list()).map((t) => [t.key, t.label]));
    const municipalities = new Map((await this.geography.listMunicipalities()).map((m) => [m.code, m.name]));
    const named = (keys: string[], names: Map<string, string>) => keys.map((k) => names.get(k) ?? k).join(', ');
    const { organisations, units } = this;
    const manager = this.dataSource.manager;
    const ids = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))];
    async function* rows(): AsyncIterable<Cell[]> {
      for (const { batches, refs, cells } of sources) {
        for await (const batch of batches) {
          const batchRefs = batch.map(refs);
          const orgs = new Map(
            (await organisations.byIds(manager, ids(batchRefs.map((r) => r.organisationId)))).map((o) => [o.id, o.name]),
          );
          const unitNames = new Map((await units.byIds(manager, ids(batchRefs.map((r) => r.unitId)))).map((u) => [u.id, u.name]));
          for (const [i, record] of batch.entries()) {
            const r = batchRefs[i];
            const row = cells(record, {
              organisation: r.organisationId ? (orgs.get(r.organisationId) ?? '') : '',
              unit: r.unitId ? (unitNames.get(r.unitId) ?? '') : '',
              situations: named(r.situations, terms),
              problems: named(r.problems, terms),
              municipalities: named(r.municipalities, municipalities),
            });
            yield inOrder(row, staffLines).map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell));
          }
        }
      }
    }
    return { header: catalogueHeader(staffLines), rows: rows() };
  }

  private async source(kind: RecordKind, selection: OfferSelection, offers: AsyncIterable<Offer[]>): Promise<Source> {
    switch (kind) {
      case 'OFFER':
        return source(
          offers,
          (o) => ({
            organisationId: o.organisationId,
            unitId: o.unitId,
            situations: o.situationKeys,
            problems: o.problemKeys,
            municipalities: o.municipalityCodes,
          }),
          offerCells,
        );
      case 'CONTACT':
        return source(
          await this.records.contacts(selection),
          (c) => ({ organisationId: c.organisationId, unitId: c.unitId, situations: c.situationKeys, problems: [], municipalities: [] }),
          contactCells,
        );
      case 'ORGANISATION':
        return source(
          await this.records.organisations(selection),
          (o) => ({
            organisationId: o.parentOrganisationId,
            unitId: null,
            ...noKeys,
            municipalities: o.municipalityCode ? [o.municipalityCode] : [],
          }),
          organisationCells,
        );
      case 'UNIT':
        return source(
          await this.records.units(selection),
          (u) => ({ organisationId: u.organisationId, unitId: u.parentId, ...noKeys, municipalities: [] }),
          unitCells,
        );
    }
  }
}
