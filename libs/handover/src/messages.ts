/**
 * The handover sheet as data, for the printable page and the mail the handover lib asks the outbox for
 * (template "handover-sheet"). The mail lib checks it against the template's schema when it is queued;
 * apps/api ties these types to that schema. Instants are ISO 8601 strings with an offset.
 */

interface SheetChannel {
  kind: string;
  label: string | null;
  value: string;
  staffOnly: boolean;
}

interface Freshness {
  stale: boolean;
  lastVerifiedAt: string | null;
}

export interface SheetEntryPoint extends Freshness {
  kind: 'FUNCTION' | 'PERSON';
  name: string;
  roleTitle: string | null;
  /** Organisation – unit. */
  place: string;
  helpText: string | null;
  channels: SheetChannel[];
  hours: string | null;
  opening: { openNow: boolean; closesAt: string | null; nextOpensAt: string | null; holiday: string | null } | null;
}

export interface SheetOffer extends Freshness {
  name: string;
  provider: string;
  /** Danish: how a citizen gets it. */
  accessRoute: string;
  ages: string | null;
  referredBy: string | null;
  decidedBy: string | null;
  waitingTime: string | null;
  holdsAuthority: boolean;
  helpText: string | null;
  channels: SheetChannel[];
  hours: string | null;
}

export interface HandoverSheetData {
  municipality: string;
  /** Four digits. */
  municipalityCode: string;
  region: string | null;
  /** The moment the sheet is about (opening status, region, offers). */
  at: string;
  /** When it was made. */
  madeAt: string;
  age: number | null;
  situations: string[];
  /** Whether direct lines for professionals are on the sheet, and if not, why. */
  staffChannels: 'SHOWN' | 'HIDDEN_ANONYMOUS' | 'HIDDEN_NO_ACCOUNT';
  /** The one(s) to call now: open at `at`, exact situation, the age fits. In full. */
  callNow: SheetEntryPoint[];
  /** The first few of the municipality's other entry points (and so on): `more` says how many the web page has besides. */
  entryPoints: SheetEntryPoint[];
  regionalEntryPoints: SheetEntryPoint[];
  offers: SheetOffer[];
  volunteerOrganisations: { name: string; local: boolean; website: string | null; description: string | null }[];
  themeDays: { title: string; network: string; startsAt: string; endsAt: string; venue: string | null; online: boolean }[];
  /** How many more of each section the web page shows than the sheet. */
  more: { entryPoints: number; regionalEntryPoints: number; offers: number; volunteerOrganisations: number; themeDays: number };
  /** The printable page with the same question (/overlevering/ark). */
  pageUrl: string;
  /** The web page with the same question and every item (/overlevering). */
  onlineUrl: string | null;
}

/** The sheet sent by mail to a colleague. */
export interface HandoverSheetMailData {
  sheet: HandoverSheetData;
  /** The colleague who sent it: display name and address. */
  senderName: string;
  /** A short note from the sender (checked for CPR numbers before it gets here). */
  message: string | null;
}
