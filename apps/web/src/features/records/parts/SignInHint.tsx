import { Link, useLocation, useSearch } from 'wouter';

/** For an anonymous visitor: what a sign-in would show, and a link back here after it. */
export function SignInHint({ text }: { text: string }) {
  const [path] = useLocation();
  const search = useSearch();
  const back = `${path}${search ? `?${search}` : ''}`;
  return (
    <div className="alert alert-info" role="note">
      <p className="alert-text">
        {text} <Link href={`/log-ind?tilbage=${encodeURIComponent(back)}`}>Log ind</Link>
      </p>
    </div>
  );
}
