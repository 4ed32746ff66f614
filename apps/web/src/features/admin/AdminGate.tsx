import type { ReactNode } from 'react';
import { useSession } from '../../auth/session-store';
import { SignInHint } from '../records/parts/SignInHint';
import { useAdminRights } from './admin-rights';

/** An administrators' page; a plain refusal for everyone else (the API refuses them too). */
export function AdminGate({ children }: { children: ReactNode }) {
  const rights = useAdminRights();
  const { account } = useSession();
  if (rights === 'loading') return <p role="status">Tjekker, hvad du kan …</p>;
  if (rights === 'admin') return <>{children}</>;
  return (
    <>
      <h1>Kun for administratorer</h1>
      {!account && <SignInHint text="Siden er for administratorer. Er du administrator, så log ind." />}
      <p>Konti, roller, maillog og synonymer kan kun ses og ændres af Vejvisers administratorer.</p>
    </>
  );
}
