import { useSession } from '../../auth/session-store';
import type { CatalogueRightsQuery } from '../../gql/graphql';
import { useQuery } from '../../lib/use-query';
import { CatalogueRightsDocument } from './catalogue.operations';

/** What the account may do with organisations and units; mirrors libs/directory permissions (the API refuses the rest). */
export interface CatalogueRights {
  admin: boolean;
  /** Organisations it edits as a whole. */
  organisationIds: string[];
  /** Units it edits (with everything below them), with their organisation. */
  units: { organisationId: string; unitId: string }[];
}

type Grants = NonNullable<CatalogueRightsQuery['me']>['grants'];

export function catalogueRights(grants: Grants): CatalogueRights {
  const editor = grants.filter((g) => g.role === 'EDITOR' && g.organisationId);
  return {
    admin: grants.some((g) => g.role === 'ADMIN'),
    organisationIds: [...new Set(editor.filter((g) => !g.unitId).map((g) => g.organisationId as string))],
    units: editor.filter((g) => g.unitId).map((g) => ({ organisationId: g.organisationId as string, unitId: g.unitId as string })),
  };
}

/** 'loading' until known; null when signed out. */
export function useCatalogueRights(): CatalogueRights | null | 'loading' {
  const { account, ready } = useSession();
  const state = useQuery(CatalogueRightsDocument, {}, { skip: !account });
  if (!ready) return 'loading';
  if (!account) return null;
  if (state.status === 'loading') return 'loading';
  if (state.status === 'error' || !state.data.me) return null;
  return catalogueRights(state.data.me.grants);
}

export const editsAnything = (r: CatalogueRights) => r.admin || r.organisationIds.length > 0 || r.units.length > 0;

export const editsOrganisation = (r: CatalogueRights, organisationId: string) => r.admin || r.organisationIds.includes(organisationId);

/** May edit in the unit path `unitIds` (a unit and those above it) of `organisationId`: creating below or changing it. */
export const editsUnitPath = (r: CatalogueRights, organisationId: string, unitIds: string[]) =>
  editsOrganisation(r, organisationId) || r.units.some((u) => u.organisationId === organisationId && unitIds.includes(u.unitId));
