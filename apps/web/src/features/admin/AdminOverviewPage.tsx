import { Link } from 'wouter';
import { usePageTitle } from '../../lib/page-title';
import { AdminGate } from './AdminGate';

/** `/administration`: where administrators start. */
export function AdminOverviewPage() {
  usePageTitle('Administration');
  return (
    <AdminGate>
      <h1>Administration</h1>
      <ul className="nobullet-list admin-links">
        <li>
          <Link href="/administration/konti">Konti og roller</Link> – find, invitér og deaktivér konti; giv og fjern roller.
        </li>
        <li>
          <Link href="/administration/maillog">Maillog</Link> – hvad der er sendt til hvem, og hvordan afsendelsen gik.
        </li>
        <li>
          <Link href="/administration/synonymer">Synonymer</Link> – ord og forkortelser, som søgningen regner for det samme.
        </li>
      </ul>
    </AdminGate>
  );
}
