import { Link } from 'wouter';
import { usePageTitle } from '../../lib/page-title';
import { useQuery } from '../../lib/use-query';
import { QueryResult } from '../records/parts/QueryResult';
import { MyAccountDocument } from './account.operations';
import { ProfileForm } from './ProfileForm';
import { SignedInGate } from './SignedInGate';

/** `/konto`: one's own name and work details, and the way to the password, one's data and erasure. */
export function MyAccountPage() {
  usePageTitle('Min konto');
  return (
    <SignedInGate title="Min konto">
      <MyAccount />
    </SignedInGate>
  );
}

function MyAccount() {
  const state = useQuery(MyAccountDocument, {});
  return (
    <QueryResult state={state} select={(d) => d.me} what="Kontoen">
      {(me) => (
        <>
          <h1>Min konto</h1>
          <p>Du er logget ind som {me.email}.</p>
          <ul className="nobullet-list account-links">
            <li>
              <Link href="/konto/adgangskode">Skift adgangskode</Link>
            </li>
            <li>
              <Link href="/konto/mine-data">Se hvad Vejviser har om dig</Link>
            </li>
            <li>
              <Link href="/konto/slet">Slet min konto</Link>
            </li>
          </ul>
          <ProfileForm me={me} />
        </>
      )}
    </QueryResult>
  );
}
