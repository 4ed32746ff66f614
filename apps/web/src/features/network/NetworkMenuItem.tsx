import { Link } from 'wouter';
import { useCoordinates } from './rights';

/** "Netværk" in the main menu, only for accounts that coordinate a network (administrators: all). */
export function NetworkMenuItem() {
  const rights = useCoordinates();
  if (rights === 'loading' || rights === 'none') return null;
  return (
    <li>
      <Link href="/netvaerk">Netværk</Link>
    </li>
  );
}
