import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TransactionalEvents, batchUntilCommit } from '#core';
import { DIRECTORY_EVENTS, type DirectoryEvent, type RecordChanged } from '#directory';
import { SEARCH_ENGINE, type SearchEngine } from './search-engine.port.js';
import { SearchProjector, type RecordSet } from './search-projector.js';
import { SuggestionIndex } from './suggest/suggestion-index.js';

/**
 * Keeps the index in step with the directory inside the same transaction as each change, and
 * rebuilds it whole on demand.
 */
@Injectable()
export class SearchIndexer implements OnModuleInit {
  /** Contacts and offers a shared transaction (an import) changed, indexed together just before it commits. */
  private readonly batched = new WeakMap<EntityManager, { contacts: Set<string>; offers: Set<string> }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: TransactionalEvents,
    private readonly projector: SearchProjector,
    private readonly suggestions: SuggestionIndex,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
  ) {}

  onModuleInit(): void {
    for (const type of DIRECTORY_EVENTS) this.events.inTransaction(type, (manager, change) => this.onChange(manager, { type, ...change }));
  }

  async onChange(manager: EntityManager, event: DirectoryChange): Promise<void> {
    if (event.deleted) {
      await this.suggestions.remove(manager, [event.id]);
      return this.engine.remove([event.id], manager);
    }
    if (event.type === 'OfferChanged' || event.type === 'ContactChanged') {
      // In an import: each record once, all in one load, however many times the batch changed it.
      const batch = batchUntilCommit(manager, 'search', () => this.flush(manager));
      if (batch) {
        const ids = this.batched.get(batch) ?? { contacts: new Set<string>(), offers: new Set<string>() };
        (event.type === 'OfferChanged' ? ids.offers : ids.contacts).add(event.id);
        this.batched.set(batch, ids);
        return;
      }
    }
    await this.index(manager, await this.affected(manager, event));
  }

  private async flush(manager: EntityManager): Promise<void> {
    const ids = this.batched.get(manager);
    this.batched.delete(manager);
    if (ids) await this.index(manager, await this.projector.load(manager, { contacts: [...ids.contacts], offers: [...ids.offers] }));
  }

  private async index(manager: EntityManager, records: RecordSet): Promise<void> {
    const context = await this.projector.load(manager, {
      organisations: [...new Set([...records.units, ...records.contacts, ...records.offers].map((r) => r.organisationId))],
      units: [...new Set([...records.contacts, ...records.offers].map((r) => r.unitId).filter((id): id is string => id !== null))],
    });
    const docs = await this.projector.project(records, context);
    await this.engine.index(docs, manager);
    await this.suggestions.index(manager, records, context.organisations);
    // A record that no longer projects to a document (a person who left) leaves the index.
    const indexed = new Set(docs.map((d) => d.id));
    const gone = [...records.organisations, ...records.units, ...records.contacts, ...records.offers]
      .map((r) => r.id)
      .filter((id) => !indexed.has(id));
    if (gone.length) await this.engine.remove(gone, manager);
  }

  /** Rebuilds the whole index and the suggestions in one transaction; returns the number of documents. */
  async reindexAll(manager?: EntityManager): Promise<number> {
    const run = async (tx: EntityManager) => {
      const records = await this.projector.loadAll(tx);
      const docs = await this.projector.project(records, { organisations: [], units: [] });
      await this.engine.clear(tx);
      await this.engine.index(docs, tx);
      await this.suggestions.rebuild(tx, records);
      return docs.length;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /** The record that changed and every record whose document shows something of it. */
  private async affected(manager: EntityManager, event: DirectoryChange): Promise<RecordSet> {
    switch (event.type) {
      case 'OfferChanged':
        return this.projector.load(manager, { offers: [event.id] });
      case 'ContactChanged':
        return this.projector.load(manager, { contacts: [event.id] });
      case 'UnitChanged':
        return this.projector.loadUnder(manager, { unitId: event.id });
      case 'OrganisationChanged':
        return this.projector.loadUnder(manager, { organisationId: event.id });
    }
  }
}

/** A directory event and its name. */
type DirectoryChange = RecordChanged & { type: DirectoryEvent };
