import type { Static } from 'typebox';
import type {
  ApprovalReviewer as ApprovalReviewerSchema,
  DocumentLinkView,
  DocumentSpaceList as DocumentSpaceListSchema,
  FolderRef as FolderRefSchema,
  SpaceUsage as SpaceUsageSchema,
  TrashItem,
  TrashListing as TrashListingSchema,
} from '../../../shared/contracts/documents.ts';

// The documents API's shapes the contract names only as schemas, as the web reads them.
export type {
  ApprovalState,
  DocumentApproval,
  DocumentDetail,
  DocumentItem,
  DocumentLock,
  DocumentPreview,
  DocumentSpace,
  DocumentVersion,
  FolderListing,
  RetentionRule,
  SpaceKind,
  UploadState,
} from '../../../shared/contracts/documents.ts';

export type DocumentSpaceList = Static<typeof DocumentSpaceListSchema>;
export type TrashListing = Static<typeof TrashListingSchema>;
export type TrashEntry = Static<typeof TrashItem>;
export type FolderRef = Static<typeof FolderRefSchema>;
export type SpaceUsage = Static<typeof SpaceUsageSchema>;
export type ApprovalReviewer = Static<typeof ApprovalReviewerSchema>;
export type DocumentLink = Static<typeof DocumentLinkView>;
