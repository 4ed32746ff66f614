import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { inOneTransaction, type RequestContext } from '#core';
import type { ContactsService, OffersService, UpdateContactInput, UpdateOfferInput } from '#directory';
import type { ImportStore } from './import-store.js';
import type { Undo } from './row-applier.js';

/** How long one part of an import (or of taking it back) may hold the embedded database's only connection. */
export const PART_MS = 500;

/**
 * Takes back the parts of an import already committed when a later part failed: created records are deleted,
 * updated ones get their earlier values (and earlier confirmation date) back, newest first, through the
 * directory's mutations and in parts as short as the import's. The audit trail shows both, with the import as cause.
 * A record first confirmed by the import cannot be made unconfirmed again through the mutations; it keeps the date.
 */
export async function undoImport(
  dataSource: DataSource,
  cause: string,
  ctx: RequestContext,
  services: { contacts: ContactsService; offers: OffersService; store: ImportStore },
  undos: Undo[],
): Promise<void> {
  let i = undos.length - 1;
  while (i >= 0) {
    await inOneTransaction(dataSource, cause, async (manager) => {
      const started = performance.now();
      for (; i >= 0 && performance.now() - started < PART_MS; i--) {
        const undo = undos[i];
        if (undo.created) {
          await (undo.kind === 'CONTACT' ? services.contacts.delete(ctx, undo.id) : services.offers.delete(ctx, undo.id));
          await services.store.unlinkRecord(manager, undo.id);
          continue;
        }
        if (undo.kind === 'CONTACT') await services.contacts.update(ctx, undo.id, undo.revert as UpdateContactInput);
        else await services.offers.update(ctx, undo.id, undo.revert as UpdateOfferInput);
        if (undo.verified?.at) {
          const input = { id: undo.id, verifiedBy: undo.verified.by ?? 'Import fortrudt' };
          await (undo.kind === 'CONTACT' ? services.contacts : services.offers).verify(ctx, input, undo.verified.at);
        }
      }
    });
  }
}
