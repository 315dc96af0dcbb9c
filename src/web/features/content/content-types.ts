import type { Static } from 'typebox';
import type {
  ContentPage as ContentPageSchema,
  ContentVersions as ContentVersionsSchema,
  StatusMatrix as StatusMatrixSchema,
} from '../../../shared/contracts/content.ts';

// The shapes of the content API as this area reads them. ContentPage, versions and the status matrix
// come from the shared contracts; the page list, metadata changes, diff and XLIFF check follow the
// routes' answers as documented for src/server/features/content.

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

/** `GET /api/content/organisations/:id/pages`: every page of the organisation, for its tree. */
export interface PageListItem {
  id: string;
  parentId: string | null;
  position: number;
  slug: string;
  title: string;
  sourceLanguage: string;
  published: boolean;
  languages: string[];
  adoptionMode: 'copy' | 'link' | null;
  sharedWith: 'platform' | 'alliances' | null;
  updatedAt: string;
}

/** `PATCH /api/content/pages/:id`: the page's facts, each optional. */
export interface PageMetaInput {
  parentId?: string | null;
  position?: number;
  slug?: string;
  leikaKey?: string | null;
  tags?: string[];
  validUntil?: string | null;
  contact?: string | null;
}

/** `PUT /api/content/pages/:id/languages/:language`. */
export interface SaveVersionInput {
  title: string;
  bodyHtml: string;
  draft?: boolean;
  minor?: boolean;
  basisLanguage?: string | null;
  machine?: boolean;
}

/** `POST /api/content/pages`. */
export interface CreatePageInput extends SaveVersionInput {
  organisationId: string;
  parentId?: string | null;
  slug: string;
  sourceLanguage?: string;
  leikaKey?: string | null;
  tags?: string[];
  validUntil?: string | null;
  contact?: string | null;
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface DiffVersion {
  number: number;
  title: string;
  createdAt: string;
  authorName: string | null;
}

/** `GET /api/content/pages/:id/diff?language=&from=&to=`. */
export interface PageDiff {
  language: string;
  from: DiffVersion;
  to: DiffVersion;
  title: DiffPart[];
  body: DiffPart[];
}

/** How one unit of an uploaded XLIFF file compares with the page as it is now. */
export interface XliffUnitRow {
  id: string;
  status: 'matched' | 'source-changed' | 'empty-target' | 'missing-in-file' | 'unknown-id';
  source?: string;
  fileSource?: string;
  currentSource?: string;
  target?: string | null;
}

/** Why a file (or part of it) cannot be taken; `code` is stable and worded by the web app. */
export interface XliffProblem {
  code: string;
  unitId?: string;
  name?: string;
  value?: string;
  limit?: number;
  line?: number;
  column?: number;
}

/** `POST /api/content/xliff`: the check of an uploaded file, before anything is written. */
export interface XliffCheck {
  checkId: string;
  pages: Array<{
    pageId: string;
    title: string;
    language?: string;
    /** The units in page order (or only their number, from a shorter report). */
    units: XliffUnitRow[] | number;
    matched: number;
    problems: XliffProblem[];
  }>;
  writable: boolean;
}
