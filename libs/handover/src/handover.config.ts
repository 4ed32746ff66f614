/** Settings of the handover guide and sheet. */
export interface HandoverConfig {
  /** Where people open the printable sheet, e.g. https://vejviser.kommune.dk. */
  publicUrl: string;
  /**
   * The guide's lists (entry points, offers, volunteer organisations) kept per process while the directory is
   * unchanged (GenerationCache); SEARCH_CACHE sets it, as for search. Absent or 0: none.
   */
  cacheEntries?: number;
}

export const HANDOVER_CONFIG = Symbol('HANDOVER_CONFIG');
