import { describe, expect, it } from 'vitest';
import type { ChannelSummary, MessagePage, SearchResults } from '../../../../shared/contracts/chat.ts';
import { createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { addToChannel, call, chatWorkspace, createChannel, ok, post } from '../chat-fixtures.ts';
import { markedSnippet } from './search-query.ts';

const t = await buildTestApp();

const search = (person: TestPerson, query: string) =>
  ok<SearchResults>(t, person, 'GET', `/api/search/messages?${query}`);

describe('GET /api/search/messages', () => {
  it('finds German word forms in the channels the person may read now, with a marked, escaped snippet', async () => {
    const w = await chatWorkspace(t);
    const word = `Laterne${unique('').replace(/[^a-z0-9]/gi, '')}`;
    const open = await post(
      t,
      w.member,
      w.defaultChannelId,
      `Die ${word}n: Straßenlaternen werden <b>erneuert</b> <script>alert(1)</script>, Kosten < 5 €.`,
    );
    const closed = await createChannel(t, w.owner, w.workspaceId, true);
    const secret = await post(t, w.owner, closed.id, `Im geschlossenen Kanal: ${word}n`);
    const [x, y] = [await createPerson(t), await createPerson(t)];
    const dm = await ok<ChannelSummary>(t, x, 'POST', '/api/conversations', { personIds: [y.id] }, 201);
    await post(t, x, dm.id, `Privat: ${word}n`);

    const found = await search(w.member, `q=${encodeURIComponent(`${word}n Straßenlaterne`)}`);
    expect(found.hits.map((h) => h.messageId)).toEqual([open.id]);
    const [hit] = found.hits;
    expect(hit).toMatchObject({
      seq: open.seq,
      channel: { id: w.defaultChannelId, kind: 'channel', name: 'allgemein', workspaceId: w.workspaceId },
      author: { id: w.member.id },
      threadRootId: null,
    });
    expect(hit?.snippet).toContain('<mark>Straßenlaternen</mark>');
    // The headline drops tags; whatever else is markup-like arrives escaped.
    expect(hit?.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);

    // The hit opens in its context.
    const page = await ok<MessagePage>(
      t,
      w.member,
      'GET',
      `/api/channels/${w.defaultChannelId}/messages?around=${hit?.seq}`,
    );
    expect(page.messages.map((m) => m.id)).toContain(open.id);

    expect((await search(w.owner, `q=${word}n`)).hits.map((h) => h.messageId).sort()).toEqual(
      [open.id, secret.id].sort(),
    );
    expect((await search(w.owner, `q=${word}n&channelId=${closed.id}`)).hits.map((h) => h.messageId)).toEqual([
      secret.id,
    ]);
    expect((await search(w.guest, `q=${word}n`)).hits).toEqual([]);
    expect((await search(w.outsider, `q=${word}n`)).hits).toEqual([]);
    expect((await search(y, `q=${word}n`)).hits.map((h) => h.channel.kind)).toEqual(['direct']);

    // Rights count at the time of the search: added, then removed again.
    await addToChannel(t, w.owner, closed.id, w.guest);
    expect((await search(w.guest, `q=${word}n`)).hits.map((h) => h.messageId)).toEqual([secret.id]);
    await ok(t, w.owner, 'DELETE', `/api/channels/${closed.id}/members/${w.guest.id}`, undefined, 204);
    expect((await search(w.guest, `q=${word}n`)).hits).toEqual([]);
  });

  it('follows edits and deletions', async () => {
    const w = await chatWorkspace(t);
    const word = `Kläranlage${unique('').replace(/[^a-z0-9]/gi, '')}`;
    const message = await post(t, w.member, w.defaultChannelId, 'Noch ohne das Wort');
    expect((await search(w.owner, `q=${word}`)).hits).toEqual([]);
    await ok(t, w.member, 'PATCH', `/api/messages/${message.id}`, { text: `Jetzt mit ${word}` });
    expect((await search(w.owner, `q=${word}`)).hits.map((h) => h.messageId)).toEqual([message.id]);
    await ok(t, w.member, 'DELETE', `/api/messages/${message.id}`, undefined, 204);
    expect((await search(w.owner, `q=${word}`)).hits).toEqual([]);
  });

  it('refuses bad queries and signed-out callers', async () => {
    const w = await chatWorkspace(t);
    for (const query of ['', 'q=', `q=${'a'.repeat(201)}`, 'q=a&channelId=nope', 'q=a&limit=0', 'q=a&limit=51']) {
      expect((await call(t, w.member, 'GET', `/api/search/messages?${query}`)).statusCode).toBe(400);
    }
    expect((await call(t, null, 'GET', '/api/search/messages?q=a')).statusCode).toBe(401);
    // Operators and stop words alone find nothing rather than fail.
    for (const q of ['"', 'der die das', '-', '!!! ()', "'; drop table messages; --"]) {
      expect((await search(w.member, `q=${encodeURIComponent(q)}`)).hits).toEqual([]);
    }
  });
});

describe('snippets', () => {
  it('escapes everything but the marks', () => {
    expect(markedSnippet('<img src=x onerror=alert(1)> \u0001Treffer\u0002 & "mehr"')).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <mark>Treffer</mark> &amp; &quot;mehr&quot;',
    );
  });
});
