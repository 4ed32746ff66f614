import type { ReactNode } from 'react';
import { Link, useParams, useSearch } from 'wouter';
import { graphql } from '../../gql';
import type { EditRightsQuery } from '../../gql/graphql';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { ContactPage } from './ContactPage';
import { OfferPage } from './OfferPage';
import { SignInHint } from './parts/SignInHint';
import { ContactEditor, NewContactForm, OfferEditor } from './edit/RecordEditors';

export const EditRightsDocument = graphql(`
  query EditRights($organisationId: ID!, $unitId: ID!, $withUnit: Boolean!) {
    me {
      id
      displayName
      grants {
        role
        organisationId
        unitId
      }
    }
    organisation(id: $organisationId) {
      id
      name
    }
    unit(id: $unitId) @include(if: $withUnit) {
      id
      parent {
        id
        parent {
          id
          parent {
            id
          }
        }
      }
    }
  }
`);

const RecordPlaceDocument = graphql(`
  query RecordPlace($contactId: ID!, $offerId: ID!, $isContact: Boolean!) {
    contact(id: $contactId) @include(if: $isContact) {
      organisation {
        id
      }
      unit {
        id
      }
      owner {
        accountId
      }
    }
    offer(id: $offerId) @skip(if: $isContact) {
      organisation {
        id
      }
      unit {
        id
      }
      owner {
        accountId
      }
    }
  }
`);

type Me = NonNullable<EditRightsQuery['me']>;

/** The units from `unit` up to the top (as far as the query reaches). */
function unitPath(unit: EditRightsQuery['unit']): string[] {
  const ids: string[] = [];
  for (let u: { id: string; parent?: unknown } | null | undefined = unit; u; u = u.parent as typeof u) ids.push(u.id);
  return ids;
}

/** Mirrors the API's rule (libs/directory permissions): administrators, editors of the organisation or of a unit above. */
function mayEdit(me: Me, organisationId: string, units: string[]): boolean {
  return me.grants.some(
    (g) =>
      g.role === 'ADMIN' ||
      (g.role === 'EDITOR' && g.organisationId === organisationId && !g.unitId) ||
      (g.role === 'EDITOR' && g.unitId != null && units.includes(g.unitId)),
  );
}

/** What the signed-in user may do with a record: the form (`editor`) when they may edit it, else why not. */
function EditRights({
  organisationId,
  unitId,
  ownerAccountId,
  editor,
}: {
  organisationId: string;
  unitId?: string;
  ownerAccountId?: string | null;
  editor: ReactNode;
}) {
  const state = useQuery(EditRightsDocument, { organisationId, unitId: unitId ?? '', withUnit: Boolean(unitId) });
  if (state.status === 'loading') return <p role="status">Tjekker, hvad du kan rette …</p>;
  if (state.status === 'error') return <p className="alert alert-error">{state.message}</p>;
  const { me, organisation, unit } = state.data;
  if (!me) return <SignInHint text="Log ind for at se, hvad du kan rette." />;
  const orgName = organisation?.name ?? 'organisationen';
  if (mayEdit(me, organisationId, unitPath(unit)) || ownerAccountId === me.id)
    return (
      <>
        <div className="alert alert-success" role="note">
          <p className="alert-heading">Du kan rette oplysningerne herunder</p>
          <p className="alert-text">
            {ownerAccountId === me.id ? 'Du står som ansvarlig for oplysningerne.' : `Du er redaktør for ${orgName}.`}
          </p>
        </div>
        {editor}
      </>
    );
  return (
    <div className="alert alert-info" role="note">
      <p className="alert-text">
        Du er logget ind som {me.displayName}, men er ikke redaktør for {orgName}. Kontakt {orgName}s redaktør eller Vejvisers
        administrator, hvis noget er forkert.
      </p>
    </div>
  );
}

function EditBanner({ kind, id }: { kind: 'contact' | 'offer'; id: string }) {
  const state = useQuery(RecordPlaceDocument, { contactId: id, offerId: id, isContact: kind === 'contact' });
  const record = state.status === 'done' ? (kind === 'contact' ? state.data.contact : state.data.offer) : null;
  if (!record) return null;
  return (
    <aside className="edit-banner" aria-label="Ret oplysningerne">
      <h2>Ret oplysningerne</h2>
      <EditRights
        organisationId={record.organisation.id}
        unitId={record.unit?.id}
        ownerAccountId={record.owner?.accountId}
        editor={
          <>
            {kind === 'contact' ? <ContactEditor id={id} /> : <OfferEditor id={id} />}
            <p>
              <Link href={`/${kind === 'contact' ? 'kontakter' : 'tilbud'}/${id}/historik`}>Se ændringshistorikken</Link>
            </p>
          </>
        }
      />
    </aside>
  );
}

/** `/kontakter/<id>/ret` (from verification and coverage mails): the contact, and what the user may do with it. */
export function ContactEditPage() {
  const { id } = useParams<{ id: string }>();
  return <ContactPage below={<EditBanner kind="contact" id={id} />} />;
}

/** `/tilbud/<id>/ret` (from verification mails). */
export function OfferEditPage() {
  const { id } = useParams<{ id: string }>();
  return <OfferPage below={<EditBanner kind="offer" id={id} />} />;
}

/** `/kontakter/ny?organisation=<id>&situation=<key>` (from the coverage-gap mail). */
export function NewContactPage() {
  usePageTitle('Ny kontakt');
  const params = new URLSearchParams(useSearch());
  const organisationId = params.get('organisation');
  const situation = params.get('situation');
  const terms = useQuery(SituationLabelsDocument, {});
  const label = terms.status === 'done' ? terms.data.taxonomy.find((t) => t.key === situation)?.label : undefined;
  return (
    <>
      <h1>Ny kontakt</h1>
      <p className="font-lead">
        Der mangler en indgang{situation ? ` for “${label ?? situation}”` : ''}. Opret kontakten her; bagefter kan du tilføje telefon, mail
        og andre kanaler.
      </p>
      {organisationId ? (
        <>
          <EditRights organisationId={organisationId} editor={<NewContactForm organisationId={organisationId} situation={situation} />} />
          <p>
            <Link href={`/organisationer/${organisationId}`}>Se organisationens enheder og kontakter</Link>
          </p>
        </>
      ) : (
        <p>Linket mangler organisationen. Brug linket fra mailen igen.</p>
      )}
    </>
  );
}

const SituationLabelsDocument = graphql(`
  query SituationLabels {
    taxonomy(kind: SITUATION) {
      key
      label
    }
  }
`);
