import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { newId } from '../db/ids.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to `text`, for mails that list several items with links. */
  html?: string;
  /** Where answers go when not to the platform's sender (e.g. the person who wrote through a form). */
  replyTo?: string;
}

export interface Mailer {
  /** Sends one mail; resolves once it is handed to SMTP or written to disk. */
  send(mail: Mail): Promise<void>;
}

interface Logger {
  info(obj: object, msg: string): void;
}

/** SMTP when a URL is given; otherwise every mail becomes an `.eml` file in `mailDir`. */
export function createMailer(options: {
  smtpUrl?: string | undefined;
  from: string;
  mailDir: string;
  log?: Logger;
}): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({ from: options.from, ...mail });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: options.from, ...mail });
      await mkdir(options.mailDir, { recursive: true });
      // Time-ordered name so the newest mail sorts last; the recipient is in the name for people reading the folder.
      const safeTo = mail.to.replace(/[^a-zA-Z0-9@._-]/g, '_');
      const file = join(options.mailDir, `${newId()}-${safeTo}.eml`);
      await writeFile(file, info.message as Buffer);
      options.log?.info({ to: mail.to, subject: mail.subject, file }, 'mail written to file');
    },
  };
}
