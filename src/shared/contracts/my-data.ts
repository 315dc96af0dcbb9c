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
  },
  { additionalProperties: false },
);
export type DataExport = Static<typeof DataExportView>;

/** Where a finished export is downloaded (by its owner, signed in). */
export const dataExportDownloadPath = (id: string) => `/api/me/data-exports/${id}/download`;
