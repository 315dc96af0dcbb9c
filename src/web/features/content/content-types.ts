import type { Static } from 'typebox';
import type {
  ContentPage as ContentPageSchema,
  ContentVersions as ContentVersionsSchema,
  CreatePageInput as CreatePageInputSchema,
  SaveVersionInput as SaveVersionInputSchema,
  StatusMatrix as StatusMatrixSchema,
} from '../../../shared/contracts/content.ts';
import type { DiffPart, PageTreeItem, UpdatePageInput, VersionDiff } from '../../../shared/contracts/content-pages.ts';
import type {
  OrganisationXliffInput,
  XliffCheck,
  XliffCheckProblem,
  XliffConfirmation,
} from '../../../shared/contracts/content-xliff.ts';

// The shapes of the content API as this area reads them, from the shared contracts.

export type ContentPage = Static<typeof ContentPageSchema> & {
  /** Whom citizens ask. */
  contact?: string | null;
  position?: number;
  /** Where an adopted page comes from; a linked page shows its source's text and is not written here. */
  adoption?: { mode: 'copy' | 'link'; sourceOrganisationName: string } | null;
};
export type PageLanguage = ContentPage['languages'][number];
export type ContentVersion = Static<typeof ContentVersionsSchema>[number];
export type StatusMatrix = Static<typeof StatusMatrixSchema>;
export type MatrixRow = StatusMatrix['pages'][number];

export const TRANSLATION_STATUSES = ['current', 'outdated', 'missing', 'in-translation', 'machine'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
/** A cell of the matrix: a translation's status, or the page's own source language. */
export type CellStatus = TranslationStatus | 'source';

/** One page of the organisation's tree (`GET /api/content/organisations/:id/pages`). */
export type PageListItem = PageTreeItem;

/** `PATCH /api/content/pages/:id`: the page's facts, each optional. */
export type PageMetaInput = UpdatePageInput;

/** `PUT /api/content/pages/:id/languages/:language`. */
export type SaveVersionInput = Static<typeof SaveVersionInputSchema>;

/** `POST /api/content/pages`. */
export type CreatePageInput = Static<typeof CreatePageInputSchema>;

export type {
  DiffPart,
  OrganisationXliffInput,
  VersionDiff as PageDiff,
  XliffCheck,
  XliffCheckProblem,
  XliffConfirmation,
};
export type DiffVersion = VersionDiff['from'];
