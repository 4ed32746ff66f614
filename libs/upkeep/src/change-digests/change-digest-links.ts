import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { isUuid } from '#core';
import { UPKEEP_CONFIG, type UpkeepConfig } from '../upkeep.config.js';

/**
 * The unsubscribe link in a change digest: the subscription's id signed with the link secret, so
 * every digest carries the same link and nothing is stored. It can only end the subscription.
 */
@Injectable()
export class ChangeDigestLinks {
  constructor(@Inject(UPKEEP_CONFIG) private readonly config: UpkeepConfig) {}

  get manageUrl(): string {
    return this.config.publicUrl;
  }

  unsubscribeUrl(subscriptionId: string): string {
    return `${this.config.publicUrl}/aendringer/afmeld/${subscriptionId}.${this.signature(subscriptionId)}`;
  }

  /** The subscription a link's token names, or null for a token that was not made here. */
  subscriptionOf(token: string): string | null {
    const [id, signature] = token.trim().split('.');
    if (!id || !signature || !isUuid(id)) return null;
    const expected = Buffer.from(this.signature(id));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
  }

  private signature(subscriptionId: string): string {
    return createHmac('sha256', this.config.linkSecret).update(`change-subscription:${subscriptionId}`).digest('base64url');
  }
}
