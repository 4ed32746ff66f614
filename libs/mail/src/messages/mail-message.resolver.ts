import { Inject } from '@nestjs/common';
import { Args, Field, ID, InputType, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, ConnectionType, PageArgs, resultUnion, MUTATION_FAILURES, type Connection, type ResultOf } from '#core';
import { MailMessage, MailStatus } from './mail-message.entity.js';
import { MailLog } from './mail-log.service.js';
import { MAIL_CONFIG, type MailConfig } from '../mail.config.js';

export const MailMessageConnection = ConnectionType(MailMessage);
export const SendTestMailResult = resultUnion('SendTestMailResult', [MailMessage, ...MUTATION_FAILURES]);
export const RetryMailResult = resultUnion('RetryMailResult', [MailMessage, ...MUTATION_FAILURES]);

@InputType()
export class SendTestMailInput {
  @Field({ description: 'Recipient address.' }) to: string;
  @Field(() => String, { nullable: true, description: 'Who asks, shown in the mail.' }) sentBy?: string | null;
}

@Resolver(() => MailMessage)
export class MailMessageResolver {
  constructor(
    private readonly log: MailLog,
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
  ) {}

  @ResolveField(() => Int, { description: 'How many attempts are made in all before the message is given up as FAILED.' })
  maxAttempts(): number {
    return this.config.retryLimit + 1;
  }

  @Query(() => MailMessageConnection, { description: 'The mail log, newest first (administrators).' })
  mailMessages(
    @Ctx() ctx: RequestContext,
    @Args('status', { type: () => MailStatus, nullable: true }) status: MailStatus | null,
    @Args() page: PageArgs,
  ): Promise<Connection<MailMessage>> {
    return this.log.list(ctx, status, page);
  }

  @Query(() => MailMessage, { nullable: true })
  mailMessage(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<MailMessage | null> {
    return this.log.find(ctx, id);
  }

  @Mutation(() => SendTestMailResult, { description: 'Queues a test mail, to check the mail settings (administrators).' })
  sendTestMail(@Ctx() ctx: RequestContext, @Args('input') input: SendTestMailInput): Promise<ResultOf<typeof SendTestMailResult>> {
    return this.log.sendTest(ctx, input.to, input.sentBy ?? null);
  }

  @Mutation(() => RetryMailResult, {
    description: 'Sends a FAILED message once more, with the same Message-ID ("Prøv igen" in the mail log; administrators).',
  })
  retryMail(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ResultOf<typeof RetryMailResult>> {
    return this.log.retry(ctx, id);
  }
}
