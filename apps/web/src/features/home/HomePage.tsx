import { Link } from 'wouter';
import { usePageTitle } from '../../lib/page-title';
import { Find } from '../find/Find';

/** The front page: search (features/find) and the way to the handover questions. */
export function HomePage() {
  usePageTitle('');
  return (
    <>
      <h1>Find den rette samarbejdspartner</h1>
      <p className="font-lead">Telefonnumre, åbningstider og tilbud i kommuner og regioner – også kl. 2 om natten.</p>
      <p>
        <Link className="button button-primary" href="/overlevering">
          Overlevering: hvem skal jeg ringe til nu?
        </Link>
      </p>
      <Find />
    </>
  );
}
