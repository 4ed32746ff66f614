import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { SessionError, signIn } from '../../auth/browser-session';
import { ssoSettings, startSingleSignOn, type SsoSettings } from '../../auth/pkce';
import { useSession } from '../../auth/session-store';
import { usePageTitle } from '../../lib/page-title';
import { TextField } from '../../lib/TextField';

/** Only a path on this site: a link that sends people elsewhere after sign-in is not followed. */
export function safeReturnPath(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/** /log-ind: e-mail and password, or the organisation's own sign-in when single sign-on is set up. */
export function SignInPage() {
  usePageTitle('Log ind');
  const params = new URLSearchParams(useSearch());
  const returnTo = safeReturnPath(params.get('til'));
  const [, navigate] = useLocation();
  const { account, notice } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [sso, setSso] = useState<SsoSettings>({ enabled: false });
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void ssoSettings().then(setSso);
  }, []);
  useEffect(() => {
    if (failure) summary.current?.focus();
  }, [failure, fieldErrors]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing.email = 'Skriv din e-mailadresse.';
    if (!password) missing.password = 'Skriv din adgangskode.';
    setFieldErrors(missing);
    if (Object.keys(missing).length) {
      setFailure('Udfyld e-mail og adgangskode.');
      return;
    }
    setBusy(true);
    try {
      await signIn(email, password);
      navigate(returnTo);
    } catch (error) {
      const e = error instanceof SessionError ? error : new SessionError('Log ind mislykkedes. Prøv igen.', 'ERROR');
      setFieldErrors(Object.fromEntries(e.fieldErrors.map((f) => [f.path, f.message])));
      setFailure(e.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="text-width">
      <h1>Log ind</h1>
      {account ? (
        <p>Du er logget ind som {account.displayName}.</p>
      ) : (
        <>
          <p>Som fagperson ser du også de direkte numre, der kun er for fagpersoner.</p>
          {params.get('logget-ud') && !failure && (
            <div className="alert alert-success" role="status">
              <div className="alert-body">
                <p className="alert-text">Du er logget ud.</p>
              </div>
            </div>
          )}
          {params.get('slettet') && !failure && (
            <div className="alert alert-success" role="status">
              <div className="alert-body">
                <p className="alert-text">Din konto er slettet.</p>
              </div>
            </div>
          )}
          {notice && !failure && (
            <div className="alert alert-info" role="status">
              <div className="alert-body">
                <p className="alert-text">{notice}</p>
              </div>
            </div>
          )}
          {failure && (
            <div className="alert alert-error" role="alert" tabIndex={-1} ref={summary}>
              <div className="alert-body">
                <p className="alert-heading">Du blev ikke logget ind</p>
                <p className="alert-text">{failure}</p>
              </div>
            </div>
          )}
          <form onSubmit={submit} noValidate>
            <TextField
              id="email"
              label="E-mail"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={fieldErrors.email}
            />
            <TextField
              id="password"
              label="Adgangskode"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fieldErrors.password}
            />
            <button type="submit" className="button button-primary" disabled={busy}>
              Log ind
            </button>
          </form>
          {sso.enabled && (
            <>
              <h2 className="h3">Har din organisation fælles log-ind?</h2>
              <button type="button" className="button button-secondary" onClick={() => void startSingleSignOn(sso, returnTo)}>
                Log ind med din organisation
              </button>
            </>
          )}
        </>
      )}
    </div>
  );
}
