import { Inject, Injectable } from '@nestjs/common';
import { isUuid, linkTokenSubject, signedLinkToken } from '#core';
import { UPKEEP_CONFIG, type UpkeepConfig } from '../upkeep.config.js';

const PURPOSE = 'change-subscription';

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
    return `${this.config.publicUrl}/aendringer/afmeld/${signedLinkToken(this.config.linkSecret, PURPOSE, subscriptionId)}`;
  }

  /** The subscription a link's token names, or null for a token that was not made here. */
  subscriptionOf(token: string): string | null {
    const id = linkTokenSubject(this.config.linkSecret, PURPOSE, token);
    return id && isUuid(id) ? id : null;
  }
}
