import { Catch, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { answerWithWebApp } from '../http/web-app.js';

/**
 * Hands every error in a resolver straight to Apollo, where `formatError` decides what the client
 * sees and logs only the unexpected ones (without it Nest logs each client mistake with a stack).
 * HTTP routes such as /health keep Nest's usual handling; a browser's request for a path no route answers gets the
 * web app (Nest's router reports those as NotFoundException "Cannot GET …").
 */
@Catch()
export class PassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    if (exception instanceof NotFoundException && exception.message.startsWith('Cannot ')) {
      const http = host.switchToHttp();
      if (answerWithWebApp(http.getRequest<Request>(), http.getResponse<Response>())) return;
    }
    return super.catch(exception, host);
  }
}
