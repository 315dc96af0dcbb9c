import { type Static, Type } from 'typebox';

/** A person's export of their data ("Meine Daten") as its owner sees it. */
export const DataExportView = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    /** queued, running, done (downloadable), failed, expired (removed after its days). */
    state: Type.Union([
      Type.Literal('queued'),
      Type.Literal('running'),
      Type.Literal('done'),
      Type.Literal('failed'),
      Type.Literal('expired'),
    ]),
    done: Type.Integer({ minimum: 0, description: 'Steps done' }),
    total: Type.Integer({ minimum: 0, description: 'Steps in all' }),
    createdAt: Type.String({ format: 'date-time' }),
    finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    size: Type.Union([Type.Integer({ minimum: 0, description: 'Bytes of the ZIP' }), Type.Null()]),
    onRequest: Type.Boolean({
      description: "Prepared by the platform administration on the person's request (Art. 15 by letter or mail)",
    }),
  },
  { additionalProperties: false },
);
export type DataExport = Static<typeof DataExportView>;

/** Where a finished export is downloaded (by its owner, signed in). */
export const dataExportDownloadPath = (id: string) => `/api/me/data-exports/${id}/download`;

/** A platform admin prepares a person's export on their request: the reason is kept in the audit log. */
export const AdminDataExportBody = Type.Object(
  {
    reason: Type.String({
      minLength: 1,
      maxLength: 2000,
      description: 'How and when the person asked (kept in the audit log)',
    }),
  },
  { additionalProperties: false },
);
export type AdminDataExportRequest = Static<typeof AdminDataExportBody>;

/** A person's export as a platform admin sees it: only those prepared on request can be downloaded. */
export const AdminDataExportView = Type.Object(
  {
    ...DataExportView.properties,
    requestedBy: Type.Union([
      Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }, { additionalProperties: false }),
      Type.Null(),
    ]),
    reason: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);
export type AdminDataExport = Static<typeof AdminDataExportView>;

/** Where a platform admin downloads an export prepared on a person's request. */
export const adminDataExportDownloadPath = (personId: string, id: string) =>
  `/api/admin/persons/${personId}/data-exports/${id}/download`;
