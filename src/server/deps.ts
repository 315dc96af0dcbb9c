import type { Config } from './config.ts';
import type { Database, Db } from './platform/db/client.ts';
import type { Bus } from './platform/events/bus.ts';
import type { Publisher } from './platform/events/publisher.ts';
import type { Mailer } from './platform/mail/mailer.ts';

/** What the app is built from: created by main.ts (or the test helper) and handed to every feature. */
export interface Deps {
  config: Config;
  database: Database;
  db: Db;
  bus: Bus;
  publisher: Publisher;
  mailer: Mailer;
}
