import type { ReactNode } from 'react';
import { useSession } from '../../auth/session-store';
import { SignInHint } from '../records/parts/SignInHint';
import { coordinatesNetwork, useCoordinates } from './rights';

/** The page for the coordinators of `networkId` (of any network when absent); a plain refusal for everyone else. */
export function NetworkGate({ networkId, children }: { networkId?: string; children: ReactNode }) {
  const rights = useCoordinates();
  const { account } = useSession();
  if (rights === 'loading') return <p role="status">Tjekker, hvad du kan …</p>;
  const allowed = networkId ? coordinatesNetwork(rights, networkId) : rights !== 'none';
  if (allowed) return <>{children}</>;
  return (
    <>
      <h1>Kun for netværkets koordinatorer</h1>
      {!account && <SignInHint text="Siden er for netværkskoordinatorer. Er du koordinator, så log ind." />}
      <p>Netværkets medlemmer, parter og supervisionsgrupper kan kun styres af netværkets koordinatorer.</p>
    </>
  );
}
