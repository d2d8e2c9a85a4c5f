/**
 * What to tell a caller whose request body is missing, of the wrong content type, or not an
 * object: in the words a newcomer with curl needs (which content type to send, that `{}` takes
 * every default), not in the parser's ("expected object, received null").
 */
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';

export const JSON_CONTENT_TYPE = 'application/json';

/** The content type the route takes: its declared `consumes`, or JSON. */
function expectedContentType(request: FastifyRequest): string {
  const consumes = (request.routeOptions?.schema as { consumes?: string[] } | undefined)?.consumes;
  return consumes?.[0] ?? JSON_CONTENT_TYPE;
}

/** The 415 detail: which content type to send instead of the one that was sent. */
export function unsupportedMediaTypeText(expected: string, sent: string | undefined): string {
  return `Send the body as ${expected}, with the header Content-Type: ${expected}; this request sent ${sent ? sent : 'no Content-Type'}.`;
}

export function unsupportedMediaTypeDetail(request: FastifyRequest): string {
  return unsupportedMediaTypeText(expectedContentType(request), request.headers['content-type']?.split(';')[0]?.trim());
}

/** Whether the route's body schema takes `{}`, so that "send {}" is a complete answer. */
function acceptsEmptyObject(request: FastifyRequest): boolean {
  const body = (request.routeOptions?.schema as { body?: z.ZodType } | undefined)?.body;
  return typeof body?.safeParse === 'function' && body.safeParse({}).success;
}

/** The 400 detail for a body that is missing, empty or not a JSON object. */
export function missingBodyText(emptyObjectAccepted: boolean): string {
  const defaults = emptyObjectAccepted ? ' Send {} to take every default.' : '';
  return `This request needs a JSON object as its body, with the header Content-Type: ${JSON_CONTENT_TYPE}.${defaults}`;
}

export function missingBodyDetail(request: FastifyRequest): string {
  return missingBodyText(acceptsEmptyObject(request));
}

/** Whether a validation failure is about the body as a whole (absent, null, a string), not one field. */
export function isWholeBodyWrong(body: unknown): boolean {
  return body === undefined || body === null || typeof body !== 'object' || Array.isArray(body);
}

/** zod says "expected string, received undefined" for a missing field; a person says it is required. */
export function plainMessage(message: string): string {
  const missing = message.match(/^Invalid input: expected (.+), received undefined$/);
  return missing ? `is required (${missing[1]})` : message;
}
