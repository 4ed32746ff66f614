import type { AccountStatus, MailStatus, Role } from '../../gql/graphql';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  EDITOR: 'Redaktør',
  KEY_PERSON: 'Nøgleperson',
  NETWORK_COORDINATOR: 'Netværkskoordinator',
};

export const STATUS_LABELS: Record<AccountStatus, string> = {
  ACTIVE: 'Aktiv',
  INVITED: 'Inviteret',
  PENDING: 'Har ansøgt',
  DISABLED: 'Deaktiveret',
};

export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  QUEUED: 'I kø',
  SENDING: 'Sendes nu',
  SENT: 'Sendt',
  FAILED: 'Opgivet',
};

/** Cursor paging: the cursors of the pages seen, so "Forrige side" can go back. */
export interface Pager {
  after: string | null;
  previous: (string | null)[];
}
export const FIRST_PAGE: Pager = { after: null, previous: [] };
export const nextPage = (pager: Pager, endCursor: string | null | undefined): Pager => ({
  after: endCursor ?? null,
  previous: [...pager.previous, pager.after],
});
export const previousPage = (pager: Pager): Pager => ({ after: pager.previous.at(-1) ?? null, previous: pager.previous.slice(0, -1) });
