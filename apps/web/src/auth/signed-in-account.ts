import { graphql } from '../gql';
import { request } from '../lib/graphql';
import { setSession } from './session-store';

const SignedInAccount = graphql(`
  query SignedInAccount {
    me {
      id
      displayName
      email
    }
  }
`);

/** Takes a fresh access token into the session, with the account it belongs to. */
export async function signInWithToken(accessToken: string): Promise<void> {
  setSession({ account: null, accessToken });
  const { me } = await request(SignedInAccount);
  setSession({ account: me, accessToken: me ? accessToken : null });
}
