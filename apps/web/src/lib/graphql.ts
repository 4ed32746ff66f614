import type { TypedDocumentString } from '../gql/graphql';
import { currentAccessToken } from '../auth/session-store';

/** A request the API refused or could not answer, with a Danish message fit to show. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  /** A refusal before GraphQL ran (a body over its limit: TOO_LARGE), in Danish. */
  code?: string;
  message?: string;
}

/** Runs one typed operation against /graphql (same origin), with the signed-in user's access token when there is one. */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables?: V, signal?: AbortSignal): Promise<R> {
  const token = currentAccessToken();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new RequestError('Vejviser kunne ikke nås. Tjek forbindelsen og prøv igen.');
  }
  const body = (await response.json().catch(() => null)) as GraphQLResponse<R> | null;
  if (body?.errors?.length) throw new RequestError(body.errors[0].message, body.errors[0].extensions?.code);
  if (!response.ok && body?.code && typeof body.message === 'string') throw new RequestError(body.message, body.code);
  if (!response.ok || !body?.data) throw new RequestError(`Vejviser svarede med en fejl (${response.status}). Prøv igen om lidt.`);
  return body.data;
}
