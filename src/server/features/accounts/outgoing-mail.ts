import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from '../../deps.ts';
import type { Mail } from '../../platform/mail/mailer.ts';

/**
 * Sends a mail without making the answer wait for it: whether a mail goes out depends on whether an
 * account exists, and a slow SMTP server would otherwise tell that by the response time.
 */
export function sendInBackground(deps: Deps, log: FastifyBaseLogger, mail: Mail): void {
  deps.mailer.send(mail).catch((err: unknown) => log.error({ err, subject: mail.subject }, 'mail could not be sent'));
}

/** A link into the web app, e.g. `/verify-email?token=…`. */
export function linkTo(deps: Deps, path: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return `${deps.config.publicUrl}${path}${query ? `?${query}` : ''}`;
}
