import { Link } from 'wouter';
import { useCoordinates } from './rights';

/** "Temadage" in the main menu, only for accounts that run a network's theme days. */
export function ThemeDayMenuItem() {
  const rights = useCoordinates();
  if (rights === 'loading' || rights === 'none') return null;
  return (
    <li>
      <Link href="/temadage">Temadage</Link>
    </li>
  );
}
