import type { EntityManager } from 'typeorm';
import { AccountStatus, type Account, type AccountsService } from '#auth';
import { ConflictError, MutationRejected, danishFormat, rejectIf, type FieldError, type RequestContext } from '#core';
import { ContactKind, type Contact } from '#directory';
import type { HandOverFields } from './turnover.inputs.js';

const dateFormat = danishFormat.date;

/** What is wrong with the pair (a conflict is thrown at once: there is nothing to hand over). */
export function pairErrors(leaving: Contact, successor: Contact): FieldError[] {
  if (leaving.leftAt) {
    throw new MutationRejected(
      ConflictError.of(
        `${leaving.name} er allerede registreret som holdt op ${dateFormat.format(leaving.leftAt)}. Der er intet at overdrage.`,
      ),
    );
  }
  const errors: FieldError[] = [];
  if (leaving.kind !== ContactKind.PERSON) {
    errors.push({
      path: 'input.contactId',
      message: `"${leaving.name}" er en funktion, ikke en person. En funktion holder ikke op – ret den i stedet med updateContact.`,
    });
  }
  if (successor.leftAt) {
    errors.push({
      path: 'input.successorContactId',
      message: `${successor.name} er selv holdt op. Vælg den, der har overtaget efter ${successor.name}.`,
    });
  }
  return errors;
}

/**
 * The accounts named must exist, and the successor's must be able to sign in. Rejects with these
 * errors and those already `found`, all at once; returns the successor's account.
 */
export async function checkAccounts(
  accounts: AccountsService,
  manager: EntityManager,
  ctx: RequestContext,
  leaving: Contact,
  v: Partial<HandOverFields>,
  found: FieldError[],
): Promise<Account | null> {
  const find = async (id: string | null): Promise<Account | null> => (id ? accounts.findById(id, manager) : null);
  const leavingAccount = await find(v.accountId ?? null);
  const successorAccount = await find(v.successorAccountId ?? null);
  const errors: FieldError[] = [...found];
  if (v.accountId && !leavingAccount) errors.push({ path: 'input.accountId', message: 'Kontoen for den, der er holdt op, findes ikke.' });
  if (leavingAccount?.organisationId && leavingAccount.organisationId !== leaving.organisationId && !ctx.isAdmin) {
    errors.push({ path: 'input.accountId', message: `Kontoen hører til en anden organisation end den, ${leaving.name} er holdt op i.` });
  }
  if (v.successorAccountId && !v.accountId) {
    errors.push({
      path: 'input.successorAccountId',
      message: 'Angiv også kontoen for den, der er holdt op – det er dens roller og poster, efterfølgerens konto overtager.',
    });
  }
  if (v.successorAccountId && !successorAccount)
    errors.push({ path: 'input.successorAccountId', message: 'Efterfølgerens konto findes ikke.' });
  if (successorAccount?.status === AccountStatus.DISABLED)
    errors.push({ path: 'input.successorAccountId', message: 'Efterfølgerens konto er lukket.' });
  if (successorAccount?.status === AccountStatus.PENDING) {
    errors.push({
      path: 'input.successorAccountId',
      message: 'Efterfølgerens konto venter stadig på at blive godkendt. Godkend den først.',
    });
  }
  rejectIf(errors);
  return successorAccount;
}
