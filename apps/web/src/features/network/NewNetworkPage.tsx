import { Link, useLocation } from 'wouter';
import { useSession } from '../../auth/session-store';
import { usePageTitle } from '../../lib/page-title';
import { SignInHint } from '../records/parts/SignInHint';
import { NetworkForm } from './NetworkForm';
import { useCoordinates } from './rights';

/** `/netvaerk/ny`: an administrator creates a network; its page opens, where parties and coordinators follow. */
export function NewNetworkPage() {
  usePageTitle('Opret et netværk');
  const rights = useCoordinates();
  const { account } = useSession();
  const [, navigate] = useLocation();
  if (rights === 'loading') return <p role="status">Tjekker, hvad du kan …</p>;
  if (rights !== 'all')
    return (
      <>
        <h1>Kun for administratorer</h1>
        {!account && <SignInHint text="Siden er for administratorer. Er du administrator, så log ind." />}
        <p>Nye netværk oprettes af Vejvisers administratorer. Et netværks koordinatorer retter dets oplysninger på netværkets side.</p>
      </>
    );
  return (
    <>
      <h1>Opret et netværk</h1>
      <p>
        <Link href="/netvaerk">Tilbage til netværkene</Link>
      </p>
      <p>Når netværket er oprettet, tilføjer du parterne på netværkets side.</p>
      <NetworkForm onSaved={(id) => navigate(`/netvaerk/${id}`)} />
    </>
  );
}
