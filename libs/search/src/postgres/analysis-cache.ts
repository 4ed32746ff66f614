import type { QueryWord, TextQuery, WordFacts } from './text-query.js';

/** One word analysis: the folded words, what the index knows of them, at the search generation it was read at. */
export interface Analysis {
  generation: string;
  words: QueryWord[];
  facts: Map<string, WordFacts>;
  parts: Set<string>;
  /** The text queries built from it, by operator: synonyms and compounds expanded once. */
  built: Map<'&' | '|', TextQuery | null>;
}

/** Distinct texts whose word analysis is kept: a few hundred bytes each. */
export const ANALYSES_KEPT = 2_000;

/**
 * The planner's word analyses by text, least recently used out first. Each carries the search
 * generation it was read at (`search_generation`, which every committed change to the index, the
 * directory or the synonyms moves on, by any process); a newer generation, seen by any statement,
 * drops them all, and one read at an older generation than the newest seen is never used.
 */
export class AnalysisCache {
  /** The newest search generation seen. */
  private generation = -1n;
  private readonly entries = new Map<string, Analysis>();

  constructor(private readonly capacity = ANALYSES_KEPT) {}

  /** Drops every analysis when a statement read a newer generation than any seen before. */
  observe(generation: string): void {
    const seen = BigInt(generation);
    if (seen <= this.generation) return;
    this.generation = seen;
    this.entries.clear();
  }

  get(key: string): Analysis | undefined {
    const analysis = this.entries.get(key);
    if (!analysis || BigInt(analysis.generation) !== this.generation) return undefined;
    this.entries.delete(key);
    this.entries.set(key, analysis);
    return analysis;
  }

  /** Keeps it if it was read at the newest generation seen. */
  set(key: string, analysis: Analysis): void {
    this.observe(analysis.generation);
    if (BigInt(analysis.generation) !== this.generation) return;
    this.entries.set(key, analysis);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
