import { Link } from 'wouter';
import { useIsKeyPerson } from './key-person-rights';

/** "Ansøgninger" in the main menu, only for a party's key persons (who decide their party's applications). */
export function KeyPersonMenuItem() {
  if (useIsKeyPerson() !== true) return null;
  return (
    <li>
      <Link href="/netvaerk/ansoegninger">Ansøgninger</Link>
    </li>
  );
}
