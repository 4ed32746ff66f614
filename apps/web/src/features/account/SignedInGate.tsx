import type { ReactNode } from 'react';
import { useSession } from '../../auth/session-store';
import { SignInHint } from '../records/parts/SignInHint';

/** A page about one's own account: for the signed-in person, a sign-in hint for anyone else. */
export function SignedInGate({ title, children }: { title: string; children: ReactNode }) {
  const { account, ready } = useSession();
  if (!ready) return <p role="status">Tjekker, om du er logget ind …</p>;
  if (account) return <>{children}</>;
  return (
    <>
      <h1>{title}</h1>
      <SignInHint text="Siden handler om din egen konto." />
    </>
  );
}
