import { Link } from 'wouter';
import { editsOrganisation, useCatalogueRights } from './catalogue-rights';

/** On an organisation's page, for its editors and administrators only: the way to its forms. */
export function OrganisationEditLinks({ organisationId }: { organisationId: string }) {
  const rights = useCatalogueRights();
  if (rights === 'loading' || !rights || !editsOrganisation(rights, organisationId)) return null;
  return (
    <nav aria-label="Ret organisationen" className="record-edit-links">
      <ul className="unstyled-list inline-list">
        <li>
          <Link href={`/organisationer/${organisationId}/ret`}>Ret organisationen</Link>
        </li>
        <li>
          <Link href={`/enheder/ny?organisation=${organisationId}`}>Opret en enhed</Link>
        </li>
        <li>
          <Link href={`/kontakter/ny?organisation=${organisationId}`}>Opret en kontakt</Link>
        </li>
        <li>
          <Link href={`/tilbud/ny?organisation=${organisationId}`}>Opret et tilbud</Link>
        </li>
      </ul>
    </nav>
  );
}
