import type { TFunction } from 'i18next';
import { CONTENT_LIMITS } from '../../../shared/contracts/content.ts';
import type { ContentPage, PageMetaInput } from './content-types.ts';

/** The page's facts as the form holds them: text, as typed. */
export interface MetaDraft {
  slug: string;
  parentId: string;
  leikaKey: string;
  tags: string;
  contact: string;
  validUntil: string;
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LEIKA_PATTERN = /^[0-9]{14}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const emptyMeta = (parentId = ''): MetaDraft => ({
  slug: '',
  parentId,
  leikaKey: '',
  tags: '',
  contact: '',
  validUntil: '',
});

export function metaOf(page: ContentPage): MetaDraft {
  return {
    slug: page.slug,
    parentId: page.parentId ?? '',
    leikaKey: page.leikaKey ?? '',
    tags: page.tags.join(', '),
    contact: page.contact ?? '',
    validUntil: page.validUntil ?? '',
  };
}

/** Tags typed as a comma-separated list: trimmed, without empties and repeats. */
export function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** A suggestion for the address from the title: lower-case, umlauts spelt out, words joined by hyphens. */
export function slugFromTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, CONTENT_LIMITS.slug)
    .replace(/-+$/, '');
}

/** What the API takes for the facts; empty optional fields are sent as null. */
export function metaInput(draft: MetaDraft): Required<Omit<PageMetaInput, 'position'>> {
  return {
    slug: draft.slug.trim(),
    parentId: draft.parentId || null,
    leikaKey: draft.leikaKey.trim() || null,
    tags: tagsOf(draft.tags),
    contact: draft.contact.trim() || null,
    validUntil: draft.validUntil || null,
  };
}

/** The messages for facts the API would refuse, by field; a field without a message is fine. */
export function checkMeta(t: TFunction, draft: MetaDraft): Record<keyof MetaDraft, string | undefined> {
  const slug = draft.slug.trim();
  const tags = tagsOf(draft.tags);
  return {
    slug: !slug
      ? t('content.form.errors.slugRequired')
      : slug.length > CONTENT_LIMITS.slug || !SLUG_PATTERN.test(slug)
        ? t('content.form.errors.slugInvalid', { count: CONTENT_LIMITS.slug })
        : undefined,
    parentId: undefined,
    leikaKey:
      draft.leikaKey.trim() && !LEIKA_PATTERN.test(draft.leikaKey.trim())
        ? t('content.form.errors.leikaInvalid')
        : undefined,
    tags:
      tags.length > CONTENT_LIMITS.tags
        ? t('content.form.errors.tooManyTags', { count: CONTENT_LIMITS.tags })
        : tags.some((tag) => tag.length > CONTENT_LIMITS.tag)
          ? t('content.form.errors.tagTooLong', { count: CONTENT_LIMITS.tag })
          : undefined,
    contact:
      draft.contact.trim().length > CONTENT_LIMITS.contact
        ? t('validation.maxLength', { count: CONTENT_LIMITS.contact })
        : undefined,
    validUntil:
      draft.validUntil && !DATE_PATTERN.test(draft.validUntil) ? t('content.form.errors.dateInvalid') : undefined,
  };
}

/** The message for a title the API would refuse. */
export function checkTitle(t: TFunction, title: string): string | undefined {
  if (!title.trim()) return t('content.form.errors.titleRequired');
  if (title.trim().length > CONTENT_LIMITS.title) return t('validation.maxLength', { count: CONTENT_LIMITS.title });
  return undefined;
}
