import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadInputError, type FieldError } from '#core';
import { TaxonomyKindEnum, TaxonomyTerm } from './taxonomy-term.entity.js';

/** The taxonomy is small and changes only by migration: it is read once and kept in memory. */
@Injectable()
export class TaxonomyService implements OnModuleInit {
  private terms: Promise<Map<string, TaxonomyTerm>> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  // Loaded up front: a first load inside a mutation's transaction would wait for the only PGlite connection.
  async onModuleInit(): Promise<void> {
    await this.all();
  }

  private all(): Promise<Map<string, TaxonomyTerm>> {
    this.terms ??= this.dataSource
      .getRepository(TaxonomyTerm)
      .find({ order: { sortOrder: 'ASC' } })
      .then((rows) => new Map(rows.map((t) => [t.key, t])));
    return this.terms;
  }

  async list(kind?: TaxonomyKindEnum | null): Promise<TaxonomyTerm[]> {
    const terms = [...(await this.all()).values()];
    return kind ? terms.filter((t) => t.kind === kind) : terms;
  }

  async findMany(keys: string[]): Promise<TaxonomyTerm[]> {
    const all = await this.all();
    return keys.map((k) => all.get(k)).filter((t): t is TaxonomyTerm => t !== undefined);
  }

  async find(key: string): Promise<TaxonomyTerm | null> {
    return (await this.all()).get(key) ?? null;
  }

  async children(key: string): Promise<TaxonomyTerm[]> {
    return [...(await this.all()).values()].filter((t) => t.parentKey === key);
  }

  /** `keys` plus all their descendants, so a filter on "discharge" also finds its sub-situations. */
  async withDescendants(keys: string[]): Promise<string[]> {
    const all = [...(await this.all()).values()];
    const result = new Set(keys);
    let grew = true;
    while (grew) {
      grew = false;
      for (const term of all) {
        if (term.parentKey && result.has(term.parentKey) && !result.has(term.key)) {
          result.add(term.key);
          grew = true;
        }
      }
    }
    return [...result];
  }

  /**
   * The keys a filter on `keys` matches: each with its descendants. An unknown key is the
   * client's mistake, not an empty result.
   */
  async filterKeys(keys: string[], kind: TaxonomyKindEnum): Promise<string[]> {
    const all = await this.all();
    const unknown = keys.filter((key) => all.get(key)?.kind !== kind);
    if (unknown.length) {
      const what = kind === TaxonomyKindEnum.SITUATION ? 'situation' : 'problemtag';
      throw new BadInputError(`Ukendt ${what}: ${unknown.map((k) => `"${k}"`).join(', ')}. Se taxonomy(kind: ${kind}).`);
    }
    return this.withDescendants(keys);
  }

  /** Field errors for keys that are not terms of `kind`. */
  async check(keys: string[] | undefined | null, kind: TaxonomyKindEnum, path: string): Promise<FieldError[]> {
    if (!keys) return [];
    const all = await this.all();
    return keys.flatMap((key, i) => {
      const term = all.get(key);
      if (term?.kind === kind) return [];
      const what = kind === TaxonomyKindEnum.SITUATION ? 'situation' : 'problemtag';
      return [{ path: `${path}.${i}`, message: `Ukendt ${what}: "${key}".` }];
    });
  }

  /** Danish labels of `keys`, in order, skipping unknown keys. */
  async labels(keys: string[]): Promise<string[]> {
    return (await this.findMany(keys)).map((t) => t.label);
  }
}
