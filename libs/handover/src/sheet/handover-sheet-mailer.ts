import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { AccountStatus, AccountsService } from '#auth';
import {
  ANONYMOUS,
  ForbiddenError,
  RequestContext,
  ValidationError,
  mutate,
  text,
  validate,
  type FieldError,
  type MutationFailure,
  type Viewer,
  Outbox,
} from '#core';
import { HandoverGuideService } from '../guide/handover-guide.service.js';
import { HandoverSheets } from './handover-sheets.js';
import { handoverSheetMail } from './sheet-mail.js';
import { HandoverSheetSent, type SendHandoverSheetInput } from './send-handover-sheet.inputs.js';

const recipientAndMessage = z.object({
  to: z.string().trim().toLowerCase().pipe(z.email('Skriv én gyldig e-mailadresse på kollegaen.')),
  message: text.optional(500),
});

/**
 * sendHandoverSheet: mails the handover sheet to a colleague through the mail queue. For signed-in
 * professionals (CPR-like text never gets this far: the GraphQL edge refuses it). The
 * direct lines for professionals go in only when the recipient has an active account.
 */
@Injectable()
export class HandoverSheetMailer {
  constructor(
    private readonly dataSource: DataSource,
    private readonly guides: HandoverGuideService,
    private readonly sheets: HandoverSheets,
    private readonly accounts: AccountsService,
    private readonly mail: Outbox,
  ) {}

  async send(ctx: RequestContext, input: SendHandoverSheetInput): Promise<HandoverSheetSent | MutationFailure> {
    const senderId = ctx.accountId;
    if (!senderId) return ForbiddenError.of('Log ind for at sende et overleveringsark til en kollega.');
    const checked = validate(recipientAndMessage, { to: input.to, message: input.message });
    const guide = await this.guides.check({
      municipality: input.municipalityCode,
      age: input.age,
      situations: input.situations,
      at: input.at,
    });
    const errors: FieldError[] = [
      ...(checked.ok ? [] : checked.error.fieldErrors),
      ...(guide.ok ? [] : guide.errors.map((e) => ({ ...e, path: `input.${e.path}` }))),
    ];
    if (!checked.ok || !guide.ok) return ValidationError.of(errors, 'Arket er ikke sendt. Ret de markerede felter.');

    const { to, message } = checked.value;
    const [sender, recipient] = await Promise.all([this.accounts.findById(senderId), this.accounts.findByEmail(to)]);
    const active = recipient?.status === AccountStatus.ACTIVE;
    const viewer: Viewer = active
      ? { kind: 'account', accountId: recipient.id, grants: await this.accounts.grantsOf(recipient.id) }
      : ANONYMOUS;
    // The sheet shows what the recipient may see: their staff lines and members-only theme days, or the public ones.
    const sheet = await this.sheets.build(new RequestContext(viewer), guide.request, active ? 'SHOWN' : 'HIDDEN_NO_ACCOUNT', !!input.at);
    const data = handoverSheetMail({ sheet, senderName: sender ? `${sender.displayName} (${sender.email})` : 'En kollega', message });
    return mutate(this.dataSource, async (manager) => {
      await this.mail.queue(manager, { template: 'handover-sheet', to: [to], data });
      return Object.assign(new HandoverSheetSent(), { to, staffChannelsIncluded: active, sheetUrl: sheet.pageUrl });
    });
  }
}
