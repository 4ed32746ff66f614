import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { HsdsCatalogue } from './hsds-catalogue.js';
import { HsdsBadRequest, HsdsNotFound, listParams, pathId } from './hsds-params.js';
import { HsdsTerms } from './hsds-terms.js';
import { hsdsTaxonomies } from './hsds-taxonomy.js';

type Query = Record<string, unknown>;

const PAGING = ['page', 'per_page', 'format'];
const SERVICES = [...PAGING, 'search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'minimal', 'full'];
const ORGANIZATIONS = [...PAGING, 'search', 'full', 'full_service', 'modified_after'];
const SERVICE_AT_LOCATIONS = [...PAGING, 'search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'full'];
const TAXONOMY_TERMS = [...PAGING, 'search', 'taxonomy_id', 'parent_id', 'top_only'];

/** The read-only HSDS 3.0 API (docs/hsds-profile.md): public data only, JSON, Danish errors. */
@Controller('hsds')
export class HsdsController {
  constructor(
    private readonly catalogue: HsdsCatalogue,
    private readonly terms: HsdsTerms,
  ) {}

  @Get()
  root(@Query() query: Query, @Req() req: Request, @Res() res: Response): Promise<void> {
    return answer(res, () => {
      listParams(query, []);
      return { version: '3.0', profile: `${baseUrl(req)}/hsds/profile` };
    });
  }

  @Get('profile')
  profile(@Query() query: Query, @Req() req: Request, @Res() res: Response): Promise<void> {
    return answer(res, () => {
      listParams(query, []);
      const base = `${baseUrl(req)}/hsds`;
      return {
        name: 'Vejviser HSDS 3.0-profil',
        description:
          'Vejvisers offentlige katalog som HSDS 3.0 (kun offentlige oplysninger). Felter, HSDS ikke har, bæres som attributes med ' +
          'termer fra taksonomien "vejviser-egenskaber"; situationer og problemområder er taksonomier. Se docs/hsds-profile.md.',
        version: '1',
        taxonomies: hsdsTaxonomies().map((t) => ({ ...t, url: `${base}/taxonomies/${t.id}` })),
        deletions: `${base}/deletions?modified_after=…`,
      };
    });
  }

  @Get('services')
  services(@Query() query: Query, @Res() res: Response): Promise<void> {
    return answer(res, () => this.catalogue.services(listParams(query, SERVICES)));
  }

  @Get('services/:id')
  service(@Param('id') id: string, @Query() query: Query, @Res() res: Response): Promise<void> {
    return answer(res, () => (listParams(query, []), this.catalogue.serviceById(pathId(id))));
  }

  @Get('organizations')
  organizations(@Query() query: Query, @Res() res: Response): Promise<void> {
    return answer(res, () => this.catalogue.organizations(listParams(query, ORGANIZATIONS)));
  }

  @Get('organizations/:id')
  organization(@Param('id') id: string, @Query() query: Query, @Res() res: Response): Promise<void> {
    return answer(res, () => this.catalogue.organizationById(pathId(id), listParams(query, ['full_service']).fullService));
  }

  @Get('service_at_locations')
  serviceAtLocations(@Query() query: Query, @Res() res: Response): Promise<void> {
    return answer(res, () => this.catalogue.serviceAtLocations(listParams(query, SERVICE_AT_LOCATIONS)));
  }

  @Get('service_at_locations/:id')
  serviceAtLocation(@Param('id') id: string, @Query() query: Query, @Res() res: Response): Promise<void> {
    return answer(res, () => (listParams(query, []), this.catalogue.serviceAtLocationById(pathId(id))));
  }

  @Get('taxonomies')
  taxonomies(@Query() query: Query, @Res() res: Response): Promise<void> {
    return answer(res, () => this.terms.taxonomies(listParams(query, [...PAGING, 'search'])));
  }

  @Get('taxonomies/:id')
  taxonomy(@Param('id') id: string, @Query() query: Query, @Res() res: Response): Promise<void> {
    return answer(res, () => (listParams(query, []), this.terms.taxonomyById(pathId(id))));
  }

  @Get('taxonomy_terms')
  taxonomyTerms(@Query() query: Query, @Res() res: Response): Promise<void> {
    return answer(res, () => this.terms.terms(listParams(query, TAXONOMY_TERMS)));
  }

  @Get('taxonomy_terms/:id')
  taxonomyTerm(@Param('id') id: string, @Query() query: Query, @Res() res: Response): Promise<void> {
    return answer(res, () => (listParams(query, []), this.terms.termById(pathId(id))));
  }

  /** Vejviser's addition for incremental sync: what was deleted on or after `modified_after` (required). */
  @Get('deletions')
  deletions(@Query() query: Query, @Res() res: Response): Promise<void> {
    return answer(res, () => {
      const params = listParams(query, [...PAGING, 'modified_after']);
      if (!params.modifiedAfter) throw new HsdsBadRequest('modified_after skal angives.', 'modified_after');
      return this.catalogue.deletions(params.modifiedAfter, params);
    });
  }
}

/** Runs `work` and answers with its JSON, or with a Danish 400/404 for a client's mistake. */
async function answer(res: Response, work: () => unknown): Promise<void> {
  try {
    const body = await work();
    res.status(200).setHeader('Cache-Control', 'no-cache').json(body);
  } catch (error) {
    if (error instanceof HsdsBadRequest) {
      res.status(400).json({ code: 'BAD_REQUEST', message: error.message, ...(error.parameter ? { parameter: error.parameter } : {}) });
    } else if (error instanceof HsdsNotFound) {
      res.status(404).json({ code: 'NOT_FOUND', message: error.message });
    } else throw error;
  }
}

function baseUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
