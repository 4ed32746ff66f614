import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { redactText } from './redact.js';
import { requestScope } from './request-scope.js';

/** Set by tracing.ts when OpenTelemetry runs: the active trace's id, for log lines. */
let currentTraceId: () => string | undefined = () => undefined;
export function useTraceIds(lookup: () => string | undefined): void {
  currentTraceId = lookup;
}

const redactUnknown = (value: unknown): unknown => (typeof value === 'string' ? redactText(value) : value);

/**
 * Nest's console logger, one JSON object per line in production (LOG_FORMAT=json) or text for people,
 * that stamps each line with the request id (and trace id) of the request it belongs to and removes
 * e-mail addresses, tokens and link tokens from free text: personal data does not reach the log.
 */
export class AppLogger extends ConsoleLogger {
  constructor(format: 'json' | 'text', logLevels: LogLevel[] = ['error', 'warn', 'log']) {
    super({ json: format === 'json', logLevels, flattenParams: true, redact: ['password', 'token', 'email', 'variables'] });
  }

  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
    params?: Record<string, unknown>,
  ): void {
    const scope = requestScope.current();
    const traceId = currentTraceId();
    const stamped = scope || traceId ? { ...(scope ? { requestId: scope.id } : {}), ...(traceId ? { traceId } : {}), ...params } : params;
    super.printMessages(messages.map(redactUnknown), context, logLevel, writeStreamType, redactUnknown(errorStack), stamped);
  }

  protected override printStackTrace(stack: string): void {
    super.printStackTrace(stack ? redactText(stack) : stack);
  }

  protected override serializeError(error: Error, depth?: number, ancestors?: Set<Error>): Record<string, unknown> {
    const serialized = super.serializeError(error, depth, ancestors);
    return Object.fromEntries(Object.entries(serialized).map(([key, value]) => [key, redactUnknown(value)]));
  }
}
