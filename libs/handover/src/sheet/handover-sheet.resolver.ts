import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, type ResultOf } from '#core';
import { HandoverSheetMailer } from './handover-sheet-mailer.js';
import { SendHandoverSheetInput, SendHandoverSheetResult } from './send-handover-sheet.inputs.js';

@Resolver()
export class HandoverSheetResolver {
  constructor(private readonly mailer: HandoverSheetMailer) {}

  @Mutation(() => SendHandoverSheetResult, {
    description:
      'Mails the handover sheet to a colleague (signed-in professionals). Refuses input that looks like a CPR number: ' +
      'Vejviser never holds citizen data. Direct lines for professionals go in only when the recipient has an active account.',
  })
  sendHandoverSheet(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SendHandoverSheetInput,
  ): Promise<ResultOf<typeof SendHandoverSheetResult>> {
    return this.mailer.send(ctx, input);
  }
}
