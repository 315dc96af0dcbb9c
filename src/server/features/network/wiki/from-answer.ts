import { and, eq, isNull } from 'drizzle-orm';
import type { FromAnswerInput, WikiCreated } from '../../../../shared/contracts/network-wiki.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { conflict, notFound } from '../../../platform/errors/problem.ts';
import { requireReadableCommunity } from '../community-standing.ts';
import { answers, questions, wikiPages } from '../tables.ts';
import { insertPage } from './create-page.ts';
import { personOf, requireWritableWiki } from './wiki-access.ts';
import { markdownToWikiHtml } from './wiki-html.ts';

/**
 * "Als Wiki-Seite übernehmen": an accepted answer becomes a page of the question's wiki (its
 * community's, or the platform's), titled as the question, its Markdown as sanitised HTML, with the
 * answer as its source (the page links back to the question). Made once per answer: a second call
 * answers the page made before (`created: false`). 404 for an answer the caller may not see; 409 for
 * an answer that is not (or no longer) the accepted one; 403 for a reader who may not write in the wiki.
 */
export async function pageFromAnswer(
  db: Db,
  principal: Principal | null,
  input: FromAnswerInput,
  publicUrl: string,
): Promise<WikiCreated & { created: boolean }> {
  const personId = personOf(principal);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ answer: answers, question: questions })
      .from(answers)
      .innerJoin(questions, eq(questions.id, answers.questionId))
      .where(and(eq(answers.id, input.answerId), eq(answers.state, 'published'), eq(questions.state, 'published')))
      .for('update', { of: questions });
    if (!found) throw notFound('Answer');
    const { answer, question } = found;
    await requireReadableCommunity(tx, question.communityId, personId, 'Answer');
    if (question.acceptedAnswerId !== answer.id) {
      throw conflict('answer-not-accepted', 'Only an accepted answer becomes a wiki page');
    }
    await requireWritableWiki(tx, question.communityId, personId);
    const [existing] = await tx
      .select({ id: wikiPages.id })
      .from(wikiPages)
      .where(and(eq(wikiPages.sourceAnswerId, answer.id), isNull(wikiPages.deletedAt)));
    if (existing) return { id: existing.id, created: false };
    const id = await insertPage(tx, personId, {
      communityId: question.communityId,
      title: question.title,
      bodyHtml: markdownToWikiHtml(answer.body, publicUrl),
      comment: '',
      sourceAnswerId: answer.id,
    });
    return { id, created: true };
  });
}
