import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands every error in a resolver straight to Apollo, where `formatError` decides what the client
 * sees and logs only the unexpected ones (without it Nest logs each client mistake with a stack).
 * HTTP routes such as /health keep Nest's usual handling.
 */
@Catch()
export class PassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
