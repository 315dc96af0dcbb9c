import { useQuery } from '@tanstack/react-query';
import type {
  FollowedTags,
  QuestionDetail,
  QuestionList,
  SimilarQuestions,
} from '../../../../shared/contracts/network-questions.ts';
import { api, query } from '../../../api/client.ts';
import type { QuestionSearch } from './question-search.ts';

export const QUESTIONS_KEY = ['network', 'questions'] as const;
export const PAGE_SIZE = 20;

export function useQuestions(search: QuestionSearch) {
  return useQuery({
    queryKey: [...QUESTIONS_KEY, 'list', search],
    queryFn: () =>
      api.get<QuestionList>(
        `/network/questions${query({
          filter: search.filter,
          community: search.community,
          tag: search.tag,
          q: search.q,
          limit: PAGE_SIZE,
          offset: ((search.page ?? 1) - 1) * PAGE_SIZE || undefined,
        })}`,
      ),
  });
}

export const questionKey = (id: string) => [...QUESTIONS_KEY, 'detail', id] as const;

export function useQuestion(id: string) {
  return useQuery({ queryKey: questionKey(id), queryFn: () => api.get<QuestionDetail>(`/network/questions/${id}`) });
}

/** Questions like the title being typed; asked once the title has a word of three letters. */
export function useSimilarQuestions(title: string, community: string | undefined) {
  const trimmed = title.trim();
  return useQuery({
    queryKey: [...QUESTIONS_KEY, 'similar', trimmed, community],
    queryFn: () => api.get<SimilarQuestions>(`/network/questions/similar${query({ title: trimmed, community })}`),
    enabled: /[\p{L}\p{N}]{3}/u.test(trimmed),
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
}

export function useFollowedTags() {
  return useQuery({
    queryKey: [...QUESTIONS_KEY, 'followed-tags'],
    queryFn: () => api.get<FollowedTags>('/network/tags/followed'),
  });
}
