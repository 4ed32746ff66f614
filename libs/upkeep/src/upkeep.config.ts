/** Settings of keeping the directory true (README: "Configuration"). */
export interface UpkeepConfig {
  /** Where people open links from mail, e.g. https://vejviser.kommune.dk. */
  publicUrl: string;
  /** Signs the confirm and edit links in mail (the JWT secret). */
  linkSecret: string;
  /** VERIFICATION_ESCALATION_DAYS: a record this many days past due is escalated to the organisation's key persons. */
  escalationDays: number;
  /** VERIFICATION_LINK_DAYS: a confirm or edit link in a digest works this many days. */
  verificationLinkDays: number;
  /** LEFT_CONTACT_RETENTION_DAYS: a person who left is erased this many days after leaving (searches for them lead on until then). */
  leftContactRetentionDays: number;
}

export const UPKEEP_CONFIG = Symbol('UPKEEP_CONFIG');

export const DEFAULT_UPKEEP_CONFIG: Omit<UpkeepConfig, 'publicUrl' | 'linkSecret'> = {
  escalationDays: 14,
  verificationLinkDays: 30,
  leftContactRetentionDays: 180,
};
