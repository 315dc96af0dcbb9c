import { and, eq, isNull } from 'drizzle-orm';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { approvePost } from '../../network/moderation/decide-held-post.ts';
import { acceptAnswerCommand } from '../../network/questions/accept-answer.ts';
import { askQuestionCommand } from '../../network/questions/ask-question.ts';
import { followQuestionCommand } from '../../network/questions/follows.ts';
import { postAnswerCommand } from '../../network/questions/post-answer.ts';
import { postCommentCommand } from '../../network/questions/post-comment.ts';
import { voteCommand } from '../../network/questions/vote.ts';
import { questions, wikiPages } from '../../network/tables.ts';
import { createWikiPage } from '../../network/wiki/create-page.ts';
import { pageFromAnswer } from '../../network/wiki/from-answer.ts';
import { updateWikiSettings } from '../../network/wiki/page-commands.ts';
import { backdateQuestion, backdateWikiPage, type QuestionTimes, settleSeedNotifications } from './backdate-network.ts';
import type { DemoComment, DemoQuestion, DemoWikiPage } from './plan.ts';
import { BAUHOEFE_QUESTIONS } from './questions-bauhoefe.ts';
import { E_RECHNUNG_QUESTIONS } from './questions-e-rechnung.ts';
import { AGILE_QUESTIONS, IT_SICHERHEIT_QUESTIONS, PLATFORM_QUESTIONS } from './questions-more.ts';
import { ago, HOUR, type Seeding } from './seed-context.ts';
import { DEMO_WIKI_PAGES } from './wiki.ts';

export const DEMO_QUESTIONS: DemoQuestion[] = [
  ...BAUHOEFE_QUESTIONS,
  ...E_RECHNUNG_QUESTIONS,
  ...AGILE_QUESTIONS,
  ...IT_SICHERHEIT_QUESTIONS,
  ...PLATFORM_QUESTIONS,
];

/** The demo questions that are missing, each with its answers, comments, votes, acceptance and followers. */
export async function seedQuestions(s: Seeding, communityIds: ReadonlyMap<string, string>): Promise<void> {
  for (const demo of DEMO_QUESTIONS) {
    const communityId = demo.community === null ? null : communityIds.get(demo.community);
    if (communityId === undefined) continue;
    await s.apart(`question ${demo.title}`, (d, sp) => seedQuestion(s, d, sp, demo, communityId));
  }
}

async function seedQuestion(s: Seeding, d: Deps, sp: Tx, demo: DemoQuestion, communityId: string | null) {
  // The demo's own question: by its title, its author and its place (others may ask the same).
  const [existing] = await sp
    .select({ id: questions.id })
    .from(questions)
    .where(
      and(
        eq(questions.title, demo.title),
        eq(questions.authorId, s.actor(demo.author).personId),
        communityId === null ? isNull(questions.communityId) : eq(questions.communityId, communityId),
      ),
    );
  if (existing) return;
  const asked = ago(s.now, demo.daysAgo);
  const later = (hours: number) => new Date(asked.getTime() + hours * HOUR);
  const { body } = await askQuestionCommand(
    d,
    s.actor(demo.author),
    { title: demo.title, body: demo.body, communityId, tags: demo.tags },
    null,
  );
  const questionId = body.id;
  if (demo.held?.approve) await approvePost(d, s.principal(demo.held.approve), null, 'question', questionId);
  const times: QuestionTimes = { questionId, asked, answers: [], comments: [], votes: [] };
  const comment = async (c: DemoComment, answerId?: string) => {
    const posted = await postCommentCommand(
      d,
      s.actor(c.author),
      questionId,
      { body: c.body, ...(answerId ? { answerId } : {}) },
      null,
    );
    times.comments.push({ id: posted.body.id, at: later(c.hoursLater) });
  };
  for (const c of demo.comments ?? []) await comment(c);
  let acceptedId: string | null = null;
  for (const answer of demo.answers) {
    const posted = await postAnswerCommand(d, s.actor(answer.author), questionId, answer.body, null);
    const answerId = posted.body.id;
    times.answers.push({ id: answerId, at: later(answer.hoursLater) });
    for (const c of answer.comments ?? []) await comment(c, answerId);
    for (const voter of answer.votes ?? []) await voteCommand(d, s.actor(voter), 'answer', answerId, 1);
    if (answer.votes?.length) times.votes.push({ postId: answerId, at: later(answer.hoursLater + 2) });
    if (answer.accepted) acceptedId = answerId;
  }
  for (const voter of demo.votes ?? []) await voteCommand(d, s.actor(voter), 'question', questionId, 1);
  if (demo.votes?.length) times.votes.push({ postId: questionId, at: later(1) });
  if (acceptedId) await acceptAnswerCommand(d, s.actor(demo.author), questionId, acceptedId);
  for (const follower of demo.followers ?? []) {
    await followQuestionCommand(d, s.actor(follower).personId, questionId, true);
  }
  await settleSeedNotifications(sp);
  await backdateQuestion(sp, times);
}

/** The demo wiki pages that are missing: written, or made from an accepted answer, and checked some time ago. */
export async function seedWikiPages(s: Seeding, communityIds: ReadonlyMap<string, string>): Promise<void> {
  for (const demo of DEMO_WIKI_PAGES) {
    const communityId = demo.community === null ? null : communityIds.get(demo.community);
    if (communityId === undefined) continue;
    await s.apart(`wiki page ${demo.title}`, (d, sp) => seedWikiPage(s, d, sp, demo, communityId));
  }
}

async function seedWikiPage(s: Seeding, d: Deps, sp: Tx, demo: DemoWikiPage, communityId: string | null) {
  const [existing] = await sp
    .select({ id: wikiPages.id })
    .from(wikiPages)
    .where(
      and(
        eq(wikiPages.title, demo.title),
        communityId === null ? isNull(wikiPages.communityId) : eq(wikiPages.communityId, communityId),
        isNull(wikiPages.deletedAt),
      ),
    );
  if (existing) return;
  const principal = s.principal(demo.author);
  const publicUrl = d.config.publicUrl;
  let id: string;
  if (demo.fromQuestion) {
    // The demo's question of that title in this wiki's place, not a question others asked alike.
    const asker = DEMO_QUESTIONS.find((q) => q.title === demo.fromQuestion)?.author;
    if (!asker) return;
    const [question] = await sp
      .select({ accepted: questions.acceptedAnswerId })
      .from(questions)
      .where(
        and(
          eq(questions.title, demo.fromQuestion),
          eq(questions.authorId, s.actor(asker).personId),
          communityId === null ? isNull(questions.communityId) : eq(questions.communityId, communityId),
        ),
      );
    if (!question?.accepted) return;
    ({ id } = await pageFromAnswer(d.db, principal, { answerId: question.accepted }, publicUrl));
  } else {
    ({ id } = await createWikiPage(
      d.db,
      principal,
      { community: communityId, title: demo.title, bodyHtml: demo.bodyHtml, comment: 'Erste Fassung' },
      publicUrl,
    ));
  }
  if (demo.checkEveryDays) await updateWikiSettings(d.db, principal, id, { checkEveryDays: demo.checkEveryDays });
  await settleSeedNotifications(sp);
  await backdateWikiPage(sp, {
    id,
    created: ago(s.now, demo.daysAgo),
    checked: ago(s.now, demo.checkedDaysAgo ?? demo.daysAgo),
  });
}
