import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ContentMediaItem,
  ContentMediaList,
  MediaLicence,
  UpdateMediaInput,
} from '../../../shared/contracts/content-media.ts';
import { api, query, request } from '../../api/client.ts';

export const MEDIA_PAGE_SIZE = 24;

const libraryKey = (organisationId: string) => ['content-media', organisationId] as const;

/** One page of the organisation's library, or of every shared image. */
export function useMediaLibrary(organisationId: string, shared: boolean, offset: number) {
  return useQuery({
    queryKey: [...libraryKey(organisationId), { shared, offset }],
    queryFn: ({ signal }) =>
      request<ContentMediaList>(
        'GET',
        `/content/organisations/${encodeURIComponent(organisationId)}/media${query({
          shared: shared || undefined,
          offset: offset || undefined,
          limit: MEDIA_PAGE_SIZE,
        })}`,
        undefined,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export interface UploadInput {
  file: File;
  author: string;
  licence: MediaLicence;
  sourceUrl: string;
  altText: string;
  shared: boolean;
}

/** Uploads an image as the raw body, its details in the query string (as the API takes it). */
export function useUploadMedia(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadInput) =>
      api.upload<ContentMediaItem>(
        `/content/organisations/${encodeURIComponent(organisationId)}/media${query({
          author: input.author.trim(),
          licence: input.licence,
          sourceUrl: input.sourceUrl.trim() || undefined,
          altText: input.altText.trim() || undefined,
          shared: input.shared,
        })}`,
        input.file,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: libraryKey(organisationId) }),
  });
}

export function useUpdateMedia(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateMediaInput }) =>
      request<ContentMediaItem>('PATCH', `/content/media/${encodeURIComponent(id)}`, changes),
    onSuccess: () => client.invalidateQueries({ queryKey: libraryKey(organisationId) }),
  });
}

export function useDeleteMedia(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request<void>('DELETE', `/content/media/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: libraryKey(organisationId) }),
  });
}
