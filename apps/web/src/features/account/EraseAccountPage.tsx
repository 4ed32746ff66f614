import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { signOut } from '../../auth/browser-session';
import { useSession } from '../../auth/session-store';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { EraseMyAccountDocument } from './account.operations';
import { SignedInGate } from './SignedInGate';
import { isFailure } from '../../lib/mutation-failure';

/** `/konto/slet`: erasure of one's own account, after a confirmation that says what goes and what stays. */
export function EraseAccountPage() {
  usePageTitle('Slet min konto');
  return (
    <SignedInGate title="Slet min konto">
      <h1>Slet min konto</h1>
      <p>
        <Link href="/konto">Tilbage til min konto</Link>
      </p>
      <p>Når du sletter din konto:</p>
      <ul>
        <li>erstattes dit navn og din e-mail, og du kan ikke længere logge ind,</li>
        <li>fjernes dine roller, sessioner og mails til din adresse,</li>
        <li>bliver ændringer, du har lavet, stående i historikken uden dit navn.</li>
      </ul>
      <p>Det kan ikke fortrydes. Kontakter i kataloget, du er ansvarlig for, skal en redaktør give videre.</p>
      <Erase />
    </SignedInGate>
  );
}

function Erase() {
  const { account } = useSession();
  const [sure, setSure] = useState(false);
  const [answer, setAnswer] = useState<string | null>(null);
  const [, navigate] = useLocation();
  if (!account) return null;
  return (
    <>
      {answer && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{answer}</p>
        </div>
      )}
      {sure ? (
        <p>
          <button
            type="button"
            className="button button-warning"
            onClick={async () => {
              const { eraseAccount } = await request(EraseMyAccountDocument, { id: account.id });
              if (isFailure(eraseAccount)) return setAnswer(eraseAccount.message);
              await signOut().catch(() => undefined);
              navigate('/log-ind?slettet=1');
            }}
          >
            Ja, slet min konto
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setSure(false)}>
            Fortryd
          </button>
        </p>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setSure(true)}>
          Slet min konto …
        </button>
      )}
    </>
  );
}
