import { Link } from 'wouter';
import { editsAnything, useCatalogueRights } from './catalogue-rights';

/** "Ret kataloget" in the main menu, only for editors and administrators. */
export function CatalogueMenuItem() {
  const rights = useCatalogueRights();
  if (rights === 'loading' || !rights || !editsAnything(rights)) return null;
  return (
    <li>
      <Link href="/redigering">Ret kataloget</Link>
    </li>
  );
}
