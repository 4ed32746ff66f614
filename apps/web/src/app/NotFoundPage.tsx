import { Link } from 'wouter';
import { usePageTitle } from '../lib/page-title';

export function NotFoundPage() {
  usePageTitle('Siden findes ikke');
  return (
    <>
      <h1>Siden findes ikke</h1>
      <p>Adressen kan være skrevet forkert, eller siden er flyttet.</p>
      <p>
        <Link href="/">Gå til forsiden og søg</Link>
      </p>
    </>
  );
}
