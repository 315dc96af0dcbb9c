import { type Static, Type } from 'typebox';

/** The smallest and largest number of days each retention period may be set to. */
export const RETENTION_LIMITS = {
  sessionDays: { min: 1, max: 3_650 },
  notificationDays: { min: 7, max: 3_650 },
  outboxDays: { min: 1, max: 365 },
  // The audit log is evidence: it is kept at least a quarter of a year.
  auditDays: { min: 90, max: 3_650 },
} as const;

export type RetentionField = keyof typeof RETENTION_LIMITS;
export const RETENTION_FIELDS = Object.keys(RETENTION_LIMITS) as RetentionField[];

/** What a platform keeps until an admin decides otherwise. */
export const DEFAULT_RETENTION: RetentionPeriods = {
  sessionDays: 30,
  notificationDays: 90,
  outboxDays: 7,
  auditDays: 730,
};

/** Unread notifications stay at least this long, even when read ones go sooner. */
export const UNREAD_NOTIFICATION_MIN_DAYS = 365;

const days = (field: RetentionField, description: string) =>
  Type.Integer({ minimum: RETENTION_LIMITS[field].min, maximum: RETENTION_LIMITS[field].max, description });

/** How long the platform keeps what it no longer needs, in whole days. */
export const RetentionPeriods = Type.Object(
  {
    sessionDays: days('sessionDays', 'Days an expired session is kept after it ended'),
    notificationDays: days(
      'notificationDays',
      `Days a read notification is kept after it arrived (unread ones: this, at least ${UNREAD_NOTIFICATION_MIN_DAYS})`,
    ),
    outboxDays: days('outboxDays', 'Days a published event is kept in the outbox after it was published'),
    auditDays: days('auditDays', 'Days an audit entry is kept'),
  },
  { additionalProperties: false },
);
export type RetentionPeriods = Static<typeof RetentionPeriods>;
