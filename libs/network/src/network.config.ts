/** Settings of the network features (README: "Configuration"). */
export interface NetworkConfig {
  /** Where people open links from mail, e.g. https://vejviser.kommune.dk. */
  publicUrl: string;
  /** Signs the cancellation links in mail (the JWT secret); changing it makes earlier links stop working. */
  linkSecret: string;
  /** THEME_DAY_REMINDER_DAYS: the reminder goes this many days before a theme day. */
  themeDayReminderDays: number;
  /** THEME_DAY_RETENTION_DAYS: attendees' names and addresses are deleted this many days after the day. */
  themeDayRetentionDays: number;
  /** SUPERVISION_REMINDER_HOURS: the reminder goes this many hours before a supervision session. */
  supervisionReminderHours: number;
  /** SUPERVISION_RETENTION_DAYS: participants and attendance are deleted this many days after a group's last session. */
  supervisionRetentionDays: number;
  /**
   * THEME_DAY_REGISTRATIONS_PER_HOUR: attempts to register one e-mail address (or account) for one
   * theme day within an hour. Others at the same address are not affected by it.
   */
  themeDayRegistrationsPerHour: number;
}

export const NETWORK_CONFIG = Symbol('NETWORK_CONFIG');

export const DEFAULT_NETWORK_CONFIG: Omit<NetworkConfig, 'publicUrl' | 'linkSecret'> = {
  themeDayReminderDays: 2,
  themeDayRetentionDays: 30,
  supervisionReminderHours: 24,
  supervisionRetentionDays: 3 * 365,
  themeDayRegistrationsPerHour: 5,
};
