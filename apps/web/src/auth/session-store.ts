import { useSyncExternalStore } from 'react';

/** Who is signed in. The access token lives only here, in memory: never in localStorage or sessionStorage. */
export interface SessionState {
  account: { id: string; displayName: string; email: string } | null;
  accessToken: string | null;
}

let state: SessionState = { account: null, accessToken: null };
const listeners = new Set<() => void>();

export function setSession(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function currentAccessToken(): string | null {
  return state.accessToken;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The session, re-rendering the component when someone signs in or out. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}
