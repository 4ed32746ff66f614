/** Settings of the handover guide and sheet. */
export interface HandoverConfig {
  /** Where people open the printable sheet, e.g. https://vejviser.kommune.dk. */
  publicUrl: string;
}

export const HANDOVER_CONFIG = Symbol('HANDOVER_CONFIG');
