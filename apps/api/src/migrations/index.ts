import { DirectoryCore1764000000000 } from './1764000000000-directory-core.js';
import { MailLog1764100000000 } from './1764100000000-mail-log.js';
import { Accounts1764200000000 } from './1764200000000-accounts.js';
import { Audit1764300000000 } from './1764300000000-audit.js';
import { SignInThrottle1764400000000 } from './1764400000000-sign-in-throttle.js';
import { Erasure1764500000000 } from './1764500000000-erasure.js';
import { AccountTokens1764600000000 } from './1764600000000-account-tokens.js';
import { Network1764700000000 } from './1764700000000-network.js';
import { Synonyms1764800000000 } from './1764800000000-synonyms.js';
import { PlaceTime1764810000000 } from './1764810000000-place-time.js';
import { VerificationInterval1764900000000 } from './1764900000000-verification-interval.js';
import { RecordOwners1765000000000 } from './1765000000000-record-owners.js';
import { VerificationDigests1765010000000 } from './1765010000000-verification-digests.js';
import { Turnover1765020000000 } from './1765020000000-turnover.js';
import { Coverage1765030000000 } from './1765030000000-coverage.js';
import { ChangeDigests1765040000000 } from './1765040000000-change-digests.js';
import { RateLimits1765060000000 } from './1765060000000-rate-limits.js';
import { JobQueue121765100000000 } from './1765100000000-job-queue-12.js';
import { SessionGrants1765210000000 } from './1765210000000-session-grants.js';
import { AccountWorkDetails1765420000000 } from './1765420000000-account-work-details.js';
import { AccountAccessVersion1765500000000 } from './1765500000000-account-access-version.js';
import { ThemeDayRegistrationAccountIndex1765510000000 } from './1765510000000-theme-day-registration-account-index.js';
import { SearchSuggestionWords1765530000000 } from './1765530000000-search-suggestion-words.js';
import { GenerationWatchesHandover1765540000000 } from './1765540000000-generation-watches-handover.js';
import { SearchTitleLexemes1765550000000 } from './1765550000000-search-title-lexemes.js';
import { SearchGeneration1765300000000 } from './1765300000000-search-generation.js';
import { SearchCompact1765310000000 } from './1765310000000-search-compact.js';
import { SearchRun1765320000000 } from './1765320000000-search-run.js';
import { SearchOpenHours1765330000000 } from './1765330000000-search-open-hours.js';
import { SearchSuggestion1765350000000 } from './1765350000000-search-suggestion.js';
import { SpreadsheetImport1765400000000 } from './1765400000000-spreadsheet-import.js';

/** Every migration, in order. One history for PGlite and PostgreSQL. */
export const MIGRATIONS = [
  DirectoryCore1764000000000,
  MailLog1764100000000,
  Accounts1764200000000,
  Audit1764300000000,
  SignInThrottle1764400000000,
  Erasure1764500000000,
  AccountTokens1764600000000,
  Network1764700000000,
  Synonyms1764800000000,
  PlaceTime1764810000000,
  VerificationInterval1764900000000,
  RecordOwners1765000000000,
  VerificationDigests1765010000000,
  Turnover1765020000000,
  Coverage1765030000000,
  ChangeDigests1765040000000,
  RateLimits1765060000000,
  JobQueue121765100000000,
  SessionGrants1765210000000,
  SearchGeneration1765300000000,
  SearchCompact1765310000000,
  SearchRun1765320000000,
  SearchOpenHours1765330000000,
  SearchSuggestion1765350000000,
  SpreadsheetImport1765400000000,
  AccountWorkDetails1765420000000,
  AccountAccessVersion1765500000000,
  ThemeDayRegistrationAccountIndex1765510000000,
  SearchSuggestionWords1765530000000,
  GenerationWatchesHandover1765540000000,
  SearchTitleLexemes1765550000000,
];
