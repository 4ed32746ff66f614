import type { ReactNode } from 'react';
import { SignInHint } from '../records/parts/SignInHint';
import { useCatalogueRights, type CatalogueRights } from './catalogue-rights';

/** The page for those `allowed` lets in; a plain refusal (and no form) for everyone else. */
export function CatalogueGate({ allowed, children }: { allowed: (rights: CatalogueRights) => boolean; children: ReactNode }) {
  const rights = useCatalogueRights();
  if (rights === 'loading') return <p role="status">Tjekker, hvad du kan rette …</p>;
  if (rights && allowed(rights)) return <>{children}</>;
  return (
    <>
      <h1>Kun for redaktører</h1>
      {rights ? null : <SignInHint text="Siden er for redaktører. Er du redaktør, så log ind." />}
      <p>
        Organisationer og enheder kan kun oprettes og rettes af deres redaktører og af Vejvisers administratorer. Kontakt din organisations
        redaktør, hvis noget er forkert.
      </p>
    </>
  );
}
