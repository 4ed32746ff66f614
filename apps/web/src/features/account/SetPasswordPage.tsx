import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { graphql } from '../../gql';
import { signIn } from '../../auth/browser-session';
import { request } from '../../lib/graphql';
import { usePageTitle } from '../../lib/page-title';
import { TextField } from '../../lib/TextField';
import { fieldErrorsOf } from '../../lib/mutation-failure';

const AcceptInvitation = graphql(`
  mutation AcceptInvitation($input: RedeemLinkInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on Session {
        refreshToken
        account {
          email
        }
      }
      ...MutationFailure
    }
  }
`);

const ResetPassword = graphql(`
  mutation ResetPassword($input: RedeemLinkInput!) {
    resetPassword(input: $input) {
      __typename
      ... on Session {
        refreshToken
        account {
          email
        }
      }
      ...MutationFailure
    }
  }
`);

const EndLinkSession = graphql(`
  mutation EndLinkSession($input: RefreshTokenInput!) {
    signOut(input: $input) {
      sessions
    }
  }
`);

const TEXT = {
  invitation: {
    title: 'Opret din adgang',
    lead: 'Du er inviteret til Vejviser. Vælg en adgangskode, så er du logget ind.',
    button: 'Opret adgang og log ind',
  },
  reset: {
    title: 'Vælg ny adgangskode',
    lead: 'Vælg en ny adgangskode. Du bliver logget ud alle andre steder.',
    button: 'Gem adgangskode og log ind',
  },
} as const;

/** /konto/invitation?token=… and /konto/nulstil?token=…: the links mailed for a new account and a forgotten password. */
function SetPasswordPage({ kind }: { kind: 'invitation' | 'reset' }) {
  const text = TEXT[kind];
  usePageTitle(text.title);
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const [, navigate] = useLocation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (password.length < 12) found.password = 'Adgangskoden skal være mindst 12 tegn.';
    if (repeat !== password) found.repeat = 'De to adgangskoder er ikke ens.';
    setErrors(found);
    setFailure(null);
    if (found.password || found.repeat) return;
    setBusy(true);
    try {
      const input = { token, password };
      const result =
        kind === 'invitation'
          ? (await request(AcceptInvitation, { input })).acceptInvitation
          : (await request(ResetPassword, { input })).resetPassword;
      if (result.__typename !== 'Session') {
        const field = fieldErrorsOf(result).find((f) => f.path.endsWith('password'));
        if (field) setErrors({ password: field.message });
        else setFailure(result.message);
        return;
      }
      // The mutation's own session would keep its refresh token in this page's memory: trade it for a
      // cookie session (the new password signs in), and end the other.
      await signIn(result.account.email, password);
      await request(EndLinkSession, { input: { refreshToken: result.refreshToken } }).catch(() => undefined);
      navigate('/');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'Det lykkedes ikke. Prøv igen.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="text-width">
      <h1>{text.title}</h1>
      {!token ? (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-text">
              Linket mangler sin kode. Åbn linket fra mailen igen, eller <Link href="/log-ind">log ind</Link>.
            </p>
          </div>
        </div>
      ) : (
        <>
          <p>{text.lead}</p>
          {failure && (
            <div className="alert alert-error" role="alert">
              <div className="alert-body">
                <p className="alert-text">{failure}</p>
              </div>
            </div>
          )}
          <form onSubmit={submit} noValidate>
            <TextField
              id="password"
              label="Ny adgangskode"
              hint="Mindst 12 tegn."
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errors.password}
            />
            <TextField
              id="repeat"
              label="Gentag adgangskoden"
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              error={errors.repeat}
            />
            <button type="submit" className="button button-primary" disabled={busy}>
              {text.button}
            </button>
          </form>
        </>
      )}
    </div>
  );
}

export const InvitationPage = () => <SetPasswordPage kind="invitation" />;
export const PasswordResetPage = () => <SetPasswordPage kind="reset" />;
