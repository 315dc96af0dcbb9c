import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { QUESTION_CHANGED, type QuestionChangedEvent } from '../../../../shared/contracts/network-realtime.ts';
import { useMe } from '../../accounts/use-me.ts';
import type { RealtimeMessage } from '../../realtime/realtime-client.ts';
import { useNotices, useRealtimeEvents } from '../../realtime/use-realtime.tsx';
import { questionKey } from './question-queries.ts';

/** Several events of one burst (an answer and its count, votes in a row) are fetched for once. */
const REFETCH_AFTER_MS = 150;

/** What is said aloud (politely) of someone else's change; votes and edits change the page without a word. */
function spoken(event: QuestionChangedEvent): 'newAnswer' | 'newComment' | 'accepted' | 'unaccepted' | null {
  if (event.change === 'answer-added' || (event.change === 'post-approved' && event.postKind === 'answer')) {
    return 'newAnswer';
  }
  if (event.change === 'comment-added' || (event.change === 'post-approved' && event.postKind === 'comment')) {
    return 'newComment';
  }
  if (event.change === 'answer-accepted') return event.postId ? 'accepted' : 'unaccepted';
  return null;
}

/**
 * While a question's page is open, fetches it again when `network.question.changed` names it (new
 * answers and comments, votes, the accepted answer, hidden and shown posts, edits), so it updates in
 * place: what the reader is typing stays, since the page's forms keep their own state. Someone else's
 * new answer or comment and a moved acceptance are also said in the polite live region.
 */
export function useQuestionEvents(questionId: string) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { me } = useMe();
  const { announce } = useNotices();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useRealtimeEvents((message: RealtimeMessage) => {
    if (message.type !== QUESTION_CHANGED || message.questionId !== questionId) return;
    const event = message as unknown as QuestionChangedEvent;
    if (!timer.current) {
      timer.current = setTimeout(() => {
        timer.current = null;
        void client.invalidateQueries({ queryKey: questionKey(questionId) });
      }, REFETCH_AFTER_MS);
    }
    const what = spoken(event);
    if (what && event.actorId !== me?.id && event.actorName) {
      announce(t(`networkQuestions.live.${what}`, { name: event.actorName }));
    }
  });
}
