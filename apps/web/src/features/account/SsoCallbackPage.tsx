import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { signInWithCode } from '../../auth/browser-session';
import { takePending } from '../../auth/pkce';
import { usePageTitle } from '../../lib/page-title';

/** /log-ind/sso: where the organisation's sign-in sends the browser back with a code. */
export function SsoCallbackPage() {
  usePageTitle('Logger ind');
  const search = useSearch();
  const [, navigate] = useLocation();
  const [failure, setFailure] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // StrictMode runs effects twice; a code works once
    started.current = true;
    const params = new URLSearchParams(search);
    const pending = takePending(params.get('state'));
    const code = params.get('code');
    if (params.get('error')) {
      setFailure('Log-ind hos din organisation blev afbrudt eller afvist.');
      return;
    }
    if (!pending || !code) {
      setFailure('Log-ind-svaret passer ikke til denne fane. Start forfra fra siden Log ind.');
      return;
    }
    signInWithCode(code, pending.verifier).then(
      () => navigate(pending.returnTo, { replace: true }),
      (error: unknown) => setFailure(error instanceof Error ? error.message : 'Log ind mislykkedes.'),
    );
  }, [search, navigate]);

  return (
    <div className="text-width">
      <h1>{failure ? 'Du blev ikke logget ind' : 'Logger ind …'}</h1>
      {failure && (
        <>
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-text">{failure}</p>
            </div>
          </div>
          <p>
            <Link href="/log-ind">Til siden Log ind</Link>
          </p>
        </>
      )}
    </div>
  );
}
