import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { text, type BrokenRule } from '#core';

@InputType({ description: 'A person who left, and who takes over their roles.' })
export class HandOverRolesInput {
  @Field(() => ID, { description: 'The person who left (a contact of kind PERSON).' }) contactId: string;
  @Field(() => ID, {
    description: 'Who takes over: another person, or a function line such as "Udskrivningskoordinator, vagttelefon".',
  })
  successorContactId: string;
  @Field(() => ID, {
    nullable: true,
    description: "The leaving person's account: its records, roles and network memberships in the organisation are handed over.",
  })
  accountId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: "The successor's account, which receives them. Without it roles are removed and records go to the successor's unit.",
  })
  successorAccountId?: string | null;
  @Field(() => String, { nullable: true, description: 'A few words for the network coordinators (never anything about citizens).' })
  note?: string | null;
}

const id = () => z.uuid('Id skal være et gyldigt UUID.');
const optionalId = () =>
  id()
    .nullish()
    .transform((v) => v ?? null);

export const handOverFields = z.object({
  contactId: id(),
  successorContactId: id(),
  accountId: optionalId(),
  successorAccountId: optionalId(),
  note: text.optional(1000),
});

/** Rules across fields; fields that failed their own check are missing. */
export function handOverRules(input: Partial<z.output<typeof handOverFields>>): BrokenRule[] {
  const broken: BrokenRule[] = [];
  if (input.contactId && input.contactId === input.successorContactId) {
    broken.push({ fields: ['successorContactId'], message: 'Efterfølgeren skal være en anden kontakt end den, der er holdt op.' });
  }
  if (input.accountId && input.accountId === input.successorAccountId) {
    broken.push({ fields: ['successorAccountId'], message: 'Efterfølgerens konto skal være en anden end den fratrådtes.' });
  }
  return broken;
}
export type HandOverFields = z.output<typeof handOverFields>;
