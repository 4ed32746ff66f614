import type * as mail from '#mail';
import type * as handover from '#handover';
import type * as network from '#network';
import type * as upkeep from '#upkeep';

/**
 * Compile time only. The domain libs declare the data of the messages they queue (they may not import
 * the mail lib), and mail checks it against each template's schema when it is queued; here, where both
 * are known, a lib that builds a message its template would refuse is a type error.
 */
type Accepts<Template, Sent extends Template> = [Template, Sent];

export type MessageContracts = [
  Accepts<mail.KeyPersonWelcomeData, network.KeyPersonWelcomeData>,
  Accepts<mail.SupervisionApplicationDecidedData, network.SupervisionApplicationDecidedData>,
  Accepts<mail.SupervisionSessionCancelledData, network.SupervisionSessionCancelledData>,
  Accepts<mail.SupervisionSessionReminderData, network.SupervisionSessionReminderData>,
  Accepts<mail.ChangeDigestData, upkeep.ChangeDigestData>,
  Accepts<mail.ContactHandedOverData, upkeep.ContactHandedOverData>,
  Accepts<mail.CoverageGapsData, upkeep.CoverageGapsData>,
  Accepts<mail.VerificationRecord, upkeep.VerificationRecord>,
  Accepts<mail.HandoverSheetMailData, handover.HandoverSheetMailData>,
];
