import { useSyncExternalStore } from 'react';

export interface SessionAccount {
  id: string;
  displayName: string;
  email: string;
}

/**
 * Who is signed in. The access token lives only here, in memory: never in localStorage or sessionStorage.
 * `ready` is false until the quiet refresh at start-up has answered (so a page does not flash "Log ind").
 * `notice` is why the session ended, when it did so by itself (idle, expired), for the sign-in page to say.
 */
export interface SessionState {
  account: SessionAccount | null;
  accessToken: string | null;
  ready: boolean;
  notice: string | null;
}

let state: SessionState = { account: null, accessToken: null, ready: false, notice: null };
const listeners = new Set<() => void>();

export function setSession(next: Partial<SessionState>): void {
  state = { ...state, ...next };
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
