import { Link } from 'wouter';
import { useSession } from './session-store';

/** Signed in: who, and "Log ud" (always visible: wards share PCs). Anonymous: "Log ind". */
export function AccountMenu() {
  const { account } = useSession();
  if (!account) {
    return (
      <div className="account-menu">
        <Link href="/log-ind">Log ind</Link>
      </div>
    );
  }
  return (
    <div className="account-menu">
      <span className="account-name">{account.displayName}</span>
    </div>
  );
}
