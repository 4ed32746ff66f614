import { Catch, HttpException, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { answerWithWebApp } from '../http/web-app.js';

/** The web app's JSON endpoints (sessions, single sign-on): errors there are {code, message} in Danish. */
const JSON_ROUTES = /^\/konto\/(session|sso)(\/|$)/;
/** A body over its limit (100 kB; 15 MB for an import with a valid sign-in), on any route. */
const TOO_LARGE = { code: 'TOO_LARGE', message: 'Forespørgslen er for stor.' };

/**
 * Hands every error in a resolver straight to Apollo, where `formatError` decides what the client
 * sees and logs only the unexpected ones (without it Nest logs each client mistake with a stack).
 * The session endpoints answer in their own JSON shape, also when the body cannot be read; a body too large for
 * its parser (Nest maps body-parser's error to a 413 HttpException) gets that shape on every route, /graphql too,
 * in place of Express's English; other HTTP routes such as /health keep Nest's usual handling; a browser's request for a path no route
 * answers gets the web app (Nest's router reports those as NotFoundException "Cannot GET …").
 */
@Catch()
export class PassThroughFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    if (exception instanceof HttpException && exception.getStatus() === 413) {
      http.getResponse<Response>().status(413).json(TOO_LARGE);
      return;
    }
    if (JSON_ROUTES.test(req.path) && exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const body =
        status === 400
          ? { code: 'INVALID_JSON', message: 'Forespørgslen er ikke gyldig JSON.' }
          : status === 404
            ? { code: 'NOT_FOUND', message: 'Adressen findes ikke.' }
            : { code: 'BAD_REQUEST', message: 'Forespørgslen kunne ikke behandles.' };
      http.getResponse<Response>().status(status).json(body);
      return;
    }
    if (exception instanceof NotFoundException && exception.message.startsWith('Cannot ')) {
      if (answerWithWebApp(req, http.getResponse<Response>())) return;
    }
    return super.catch(exception, host);
  }
}
