import { type Static, Type } from 'typebox';
import {
  SEARCH_GROUPS,
  SEARCH_LIMIT_DEFAULT,
  SEARCH_LIMIT_MAX,
  SEARCH_QUERY_MAX,
} from '../../../shared/contracts/search.ts';

export const TAGS = ['search'];

export const UnifiedSearchQuery = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: SEARCH_QUERY_MAX,
    description:
      'Words (German stemming, parts of compound words, ae/oe/ue/ss for umlauts, typos in names); all must match',
  }),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: SEARCH_LIMIT_MAX,
      default: SEARCH_LIMIT_DEFAULT,
      description: 'Hits per group',
    }),
  ),
  group: Type.Optional(
    Type.Enum(SEARCH_GROUPS, { description: 'Only this group (the page behind a group’s "show all")' }),
  ),
});
export type UnifiedSearchInput = Static<typeof UnifiedSearchQuery>;
