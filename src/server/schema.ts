// Every Drizzle table of the server, gathered for drizzle-kit; features import their own tables directly.
export * from './features/accounts/tables.ts';
export * from './features/alliances/tables.ts';
export * from './features/atlas/tables.ts';
export * from './features/chat/tables.ts';
export * from './features/content/tables.ts';
export * from './features/documents/tables.ts';
export * from './features/network/tables.ts';
export * from './features/notifications/tables.ts';
export * from './features/organisations/tables.ts';
export * from './features/projects/tables.ts';
export * from './features/workspaces/tables.ts';
export * from './platform/audit/tables.ts';
export * from './platform/auth/tables.ts';
export * from './platform/events/tables.ts';
export * from './platform/http/idempotency-tables.ts';
export * from './platform/jobs/tables.ts';
export * from './platform/settings/tables.ts';
