import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ANONYMOUS, type Viewer } from '#core';
import { AccessTokens } from './access-tokens.js';

/**
 * The viewer of an HTTP request: anonymous without an Authorization header; a token that does not
 * verify is refused (401) rather than quietly treated as anonymous.
 */
@Injectable()
export class ViewerFromRequest {
  constructor(private readonly tokens: AccessTokens) {}

  async viewer(authorization: string | undefined): Promise<Viewer> {
    if (!authorization) return ANONYMOUS;
    const [scheme, token] = authorization.split(' ');
    const viewer = scheme?.toLowerCase() === 'bearer' && token ? await this.tokens.verify(token) : null;
    if (!viewer) {
      throw new GraphQLError('Adgangstokenet er ugyldigt eller udløbet. Forny det med refreshSession, eller log ind igen.', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    return viewer;
  }
}
