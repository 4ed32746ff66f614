import { Link } from 'wouter';
import { useAdminRights } from './admin-rights';

/** "Administration" in the main menu, only for administrators. */
export function AdminMenuItem() {
  if (useAdminRights() !== 'admin') return null;
  return (
    <li>
      <Link href="/administration">Administration</Link>
    </li>
  );
}
