import type { z } from 'zod';
import type { MailTemplate, RenderedMail } from './mail-template.js';
import { accountInvitation, accountInvitationData } from './account-invitation/index.js';
import { handoverSheet, handoverSheetMailData } from './handover-sheet/index.js';
import { changeDigest, changeDigestData } from './change-digest/index.js';
import { contactHandedOver, contactHandedOverData } from './contact-handed-over/index.js';
import { coverageGaps, coverageGapsData } from './coverage-gaps/index.js';
import { keyPersonWelcome, keyPersonWelcomeData } from './key-person-welcome/index.js';
import { networkMembershipDecided, networkMembershipDecidedData } from './network-membership-decided/index.js';
import { passwordReset, passwordResetData } from './password-reset/index.js';
import { supervisionApplicationDecided, supervisionApplicationDecidedData } from './supervision-application-decided/index.js';
import { supervisionSessionCancelled, supervisionSessionCancelledData } from './supervision-session-cancelled/index.js';
import { supervisionSessionReminder, supervisionSessionReminderData } from './supervision-session-reminder/index.js';
import { testMessage, testMessageData } from './test-message/index.js';
import { themeDayCancelled, themeDayCancelledData } from './theme-day-cancelled/index.js';
import { themeDayConfirmation, themeDayConfirmationData } from './theme-day-confirmation/index.js';
import { themeDayWaitlisted, themeDayWaitlistedData } from './theme-day-waitlisted/index.js';
import { verificationRequest, verificationRequestData } from './verification-request/index.js';
import { verificationEscalation, verificationEscalationData } from './verification-escalation/index.js';

export type { TestMessageData } from './test-message/index.js';
export type { AccountInvitationData } from './account-invitation/index.js';
export type { HandoverSheetMailData } from './handover-sheet/index.js';
export type { ChangeDigestData } from './change-digest/index.js';
export type { ContactHandedOverData } from './contact-handed-over/index.js';
export type { CoverageGapsData } from './coverage-gaps/index.js';
export type { KeyPersonWelcomeData } from './key-person-welcome/index.js';
export type { NetworkMembershipDecidedData } from './network-membership-decided/index.js';
export type { PasswordResetData } from './password-reset/index.js';
export type { SupervisionApplicationDecidedData } from './supervision-application-decided/index.js';
export type { SupervisionSessionCancelledData } from './supervision-session-cancelled/index.js';
export type { SupervisionSessionReminderData } from './supervision-session-reminder/index.js';
export type { ThemeDayCancelledData } from './theme-day-cancelled/index.js';
export type { ThemeDayConfirmationData } from './theme-day-confirmation/index.js';
export type { ThemeDayWaitlistedData } from './theme-day-waitlisted/index.js';
export type { VerificationRequestData } from './verification-request/index.js';
export type { VerificationEscalationData } from './verification-escalation/index.js';
export type { VerificationRecord } from './verification-record.js';

/** Every message type by name. */
export const MAIL_TEMPLATES = {
  'test-message': testMessage,
  'verification-request': verificationRequest,
  'verification-escalation': verificationEscalation,
  'theme-day-confirmation': themeDayConfirmation,
  'theme-day-cancelled': themeDayCancelled,
  'theme-day-waitlisted': themeDayWaitlisted,
  'account-invitation': accountInvitation,
  'handover-sheet': handoverSheet,
  'password-reset': passwordReset,
  'network-membership-decided': networkMembershipDecided,
  'supervision-application-decided': supervisionApplicationDecided,
  'supervision-session-reminder': supervisionSessionReminder,
  'supervision-session-cancelled': supervisionSessionCancelled,
  'change-digest': changeDigest,
  'contact-handed-over': contactHandedOver,
  'key-person-welcome': keyPersonWelcome,
  'coverage-gaps': coverageGaps,
} satisfies Record<string, MailTemplate<unknown>>;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
/** The data a template takes, e.g. MailTemplateData<'test-message'>. */
export type MailTemplateData<N extends MailTemplateName> = (typeof MAIL_TEMPLATES)[N]['sample'];

const DATA_SCHEMAS: Record<MailTemplateName, z.ZodType> = {
  'test-message': testMessageData,
  'verification-request': verificationRequestData,
  'verification-escalation': verificationEscalationData,
  'theme-day-confirmation': themeDayConfirmationData,
  'theme-day-cancelled': themeDayCancelledData,
  'theme-day-waitlisted': themeDayWaitlistedData,
  'account-invitation': accountInvitationData,
  'handover-sheet': handoverSheetMailData,
  'password-reset': passwordResetData,
  'network-membership-decided': networkMembershipDecidedData,
  'supervision-application-decided': supervisionApplicationDecidedData,
  'supervision-session-reminder': supervisionSessionReminderData,
  'supervision-session-cancelled': supervisionSessionCancelledData,
  'change-digest': changeDigestData,
  'contact-handed-over': contactHandedOverData,
  'key-person-welcome': keyPersonWelcomeData,
  'coverage-gaps': coverageGapsData,
};

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.hasOwn(MAIL_TEMPLATES, name);
}

/** Every template rendered with its own sample data, as the dev mailbox previews them and the link test opens them. */
export function renderedSamples(): { template: MailTemplate<unknown>; rendered: RenderedMail }[] {
  return Object.values(MAIL_TEMPLATES).map((template: MailTemplate<unknown>) => ({
    template,
    rendered: renderTemplate(template.name, template.sample),
  }));
}

/** Checks `data` against the template's schema and renders it; throws naming the template and the fields for an unknown name or bad data. */
export function renderTemplate(name: string, data: unknown): RenderedMail {
  if (!isMailTemplateName(name)) {
    throw new Error(`Ukendt mailskabelon "${name}". Kendte skabeloner: ${Object.keys(MAIL_TEMPLATES).join(', ')}.`);
  }
  const parsed = DATA_SCHEMAS[name].safeParse(data);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${['data', ...issue.path.map(String)].join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Ugyldige data til mailskabelonen "${name}": ${fields}`);
  }
  const template: MailTemplate<unknown> = MAIL_TEMPLATES[name];
  return template.render(parsed.data);
}
