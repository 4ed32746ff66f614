import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Ctx, type RequestContext } from '#core';
import { DeletionPreview, DeletionPreviews } from './deletion-preview.js';

@Resolver(() => DeletionPreview)
export class DeletionPreviewResolver {
  constructor(private readonly previews: DeletionPreviews) {}

  @Query(() => DeletionPreview, {
    nullable: true,
    description:
      'What deleting a contact, offer, unit or organisation would do: what goes with it, and what must be deleted or moved first. Nothing is written. For those who may delete it (editors; organisations: administrators); null for anyone else, as for an unknown id.',
  })
  deletionPreview(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<DeletionPreview | null> {
    return this.previews.preview(ctx, id);
  }
}
