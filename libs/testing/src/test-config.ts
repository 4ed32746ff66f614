import { DEFAULT_SESSION_IDLE_HOURS, DEFAULT_SIGN_IN_LIMITS, type AuthConfig } from '#auth';
import type { JobsConfig } from '#core';
import type { HandoverConfig } from '#handover';
import type { MailConfig, MailTransportConfig } from '#mail';
import { DEFAULT_NETWORK_CONFIG, type NetworkConfig } from '#network';
import { DEFAULT_UPKEEP_CONFIG, type UpkeepConfig } from '#upkeep';

/** The libs' settings in tests: the app factory (test/support) and the module contexts here start from the same ones. */
export interface LibTestOptions {
  /** Where mail goes (default: kept in memory). */
  mail?: MailTransportConfig;
  mailRetryLimit?: number;
  jobs?: Partial<JobsConfig>;
  network?: Partial<Omit<NetworkConfig, 'publicUrl' | 'linkSecret'>>;
  upkeep?: Partial<Omit<UpkeepConfig, 'publicUrl' | 'linkSecret'>>;
}

export const TEST_PUBLIC_URL = 'https://vejviser.test';

/** Fast polling so tests see jobs run within a second or two. */
export function testJobsConfig(jobs: Partial<JobsConfig> = {}): JobsConfig {
  return { work: true, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, ...jobs };
}

export function testMailConfig(options: Pick<LibTestOptions, 'mail' | 'mailRetryLimit'> = {}): MailConfig {
  return {
    from: 'Vejviser Test <test@example.org>',
    transport: options.mail ?? { kind: 'memory' },
    messageIdDomain: 'test.vejviser',
    retryLimit: options.mailRetryLimit ?? 3,
    retryDelaySeconds: 1,
    sendTimeoutSeconds: 5,
    production: false,
  };
}

export function testAuthConfig(patch: Partial<AuthConfig> = {}): AuthConfig {
  return {
    jwtSecret: 'test-secret-that-is-at-least-32-characters-long',
    accessTokenMinutes: 15,
    refreshTokenDays: 30,
    sessionIdleHours: DEFAULT_SESSION_IDLE_HOURS,
    oidc: null,
    publicUrl: TEST_PUBLIC_URL,
    ...DEFAULT_SIGN_IN_LIMITS,
    ...patch,
  };
}

export function testNetworkConfig(patch: LibTestOptions['network'] = {}): NetworkConfig {
  return { publicUrl: TEST_PUBLIC_URL, linkSecret: 'test-link-secret', ...DEFAULT_NETWORK_CONFIG, ...patch };
}

export function testUpkeepConfig(patch: LibTestOptions['upkeep'] = {}): UpkeepConfig {
  return { publicUrl: TEST_PUBLIC_URL, linkSecret: 'test-link-secret', ...DEFAULT_UPKEEP_CONFIG, ...patch };
}

export const TEST_HANDOVER_CONFIG: HandoverConfig = { publicUrl: TEST_PUBLIC_URL };
