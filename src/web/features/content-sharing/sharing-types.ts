import type { Static } from 'typebox';
import type {
  ContentLicence,
  ContentPage as ContentPageSchema,
  SharedWith,
} from '../../../shared/contracts/content.ts';
import type {
  AdoptInput,
  Adoptions as AdoptionsSchema,
  ExchangeList,
  ExchangePage,
  LinkChanges as LinkChangesSchema,
  LocalTextInput,
  PlatformSavings,
  Savings,
  ShareInput,
} from '../../../shared/contracts/content-sharing.ts';

// The shapes of the sharing API as this area reads them, from the shared contracts.

/** A page of the organisation as `GET /api/content/pages/:id` answers, with its sharing and adoption. */
export type SharingContentPage = Static<typeof ContentPageSchema>;
export type PageLanguage = SharingContentPage['languages'][number];
export type ExchangeItem = ExchangeList['items'][number];
export type ExchangeFacets = ExchangeList['facets'];
export type Adoption = Static<typeof AdoptionsSchema>[number];
export type LinkChange = Static<typeof LinkChangesSchema>[number];
export type DiffParts = LinkChange['body'];

export type {
  AdoptInput,
  ContentLicence,
  ExchangeList,
  ExchangePage,
  LocalTextInput,
  PlatformSavings,
  Savings,
  SharedWith,
  ShareInput,
};
