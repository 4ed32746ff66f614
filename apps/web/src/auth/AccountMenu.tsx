import { Link, useLocation } from 'wouter';
import { signOut } from './browser-session';
import { useSession } from './session-store';

/** Signed in: who, and "Log ud" (always visible: wards share PCs). Anonymous: "Log ind". */
export function AccountMenu() {
  const { account, ready } = useSession();
  const [, navigate] = useLocation();
  if (!ready) return <div className="account-menu" />;
  if (!account) {
    return (
      <div className="account-menu">
        <Link href="/log-ind">Log ind</Link>
      </div>
    );
  }
  return (
    <div className="account-menu">
      <Link href="/konto" className="account-name" title="Min konto">
        {account.displayName}
      </Link>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          void signOut().then(() => navigate('/log-ind?logget-ud=1'));
        }}
      >
        Log ud
      </button>
    </div>
  );
}
