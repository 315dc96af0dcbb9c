import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { uniqueWord } from '../atlas/search/search-fixtures.ts';
import { createdOffer, type OfferWorld, offerInput, offerWorld, send } from '../services/offers/offer-fixtures.ts';
import { group, searchAs, titles } from './search-fixtures.ts';

// The search over everything finds competence centre offers by the offers' own rule of who sees them:
// everyone signed in, the alliance's organisations, the Land's organisations, the provider itself;
// never a withdrawn offer, nothing signed out.

let t: TestApp;
let w: OfferWorld;
let word: string;
const offerIds: Record<string, string> = {};

const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;

beforeAll(async () => {
  t = await buildTestApp();
  w = await offerWorld(t);
  const lower = uniqueWord('akte');
  word = lower.charAt(0).toUpperCase() + lower.slice(1);
  const make = async (key: string, title: string, changes: Parameters<typeof offerInput>[1] = {}) => {
    offerIds[key] = (await createdOffer(t, w.leipzigAdmin, offerInput(w.leipzig, { title, ...changes }))).id;
  };
  await make('platform', `Betrieb der ${word}server`);
  await make('alliance', `${word}beratung im Verbund`, { audience: 'alliance', allianceId: w.alliance.id });
  await make('land', `${word}schulung in Sachsen`, { audience: 'land', landCode: '14' });
  await make('described', 'Rechenzentrum', {
    description: `Wir übernehmen den Betrieb Ihrer ${word}systeme mit Sicherung und Updates.`,
  });
  await make('withdrawn', `Zurückgezogen ${word}`);
  const res = await send(t, w.leipzigAdmin, 'POST', `/api/services/offers/${offerIds.withdrawn}/withdraw`);
  expect(res.statusCode, res.body).toBe(200);
});

const everyone = () => [`Betrieb der ${word}server`, 'Rechenzentrum'];

describe('GET /api/search: competence centre offers', () => {
  it('finds offers by title and description, with the provider, its Land and a link to the offer', async () => {
    const result = await searchAs(t, w.magdeburgAdmin, q(word));
    const offers = group(result, 'offers');
    expect(offers?.total).toBe(3);
    const server = offers?.hits.find((h) => h.title === `Betrieb der ${word}server`);
    expect(server).toMatchObject({
      href: `/services/offers/${offerIds.platform}`,
      names: [w.leipzig.name],
      landCode: '14',
    });
    expect(server?.titleHtml).toContain('<mark>');
    const described = offers?.hits.find((h) => h.title === 'Rechenzentrum');
    expect(described?.snippetHtml).toContain(`<mark>${word}systeme</mark>`);
    expect(offers?.showAllHref).toBe(`/search?q=${word}&group=offers`);
  });

  it('a member of the alliance outside the Land sees the alliance’s offer, not the Land’s', async () => {
    const found = titles(await searchAs(t, w.magdeburgMember, q(word)), 'offers');
    expect(found.sort()).toEqual([...everyone(), `${word}beratung im Verbund`].sort());
  });

  it('an organisation of the Land in the alliance sees both', async () => {
    const found = titles(await searchAs(t, w.dresdenAdmin, q(word)), 'offers');
    expect(found.sort()).toEqual([...everyone(), `${word}beratung im Verbund`, `${word}schulung in Sachsen`].sort());
  });

  it('another organisation outside the alliance and the Land, and a person without a confirmed organisation, see the open offers only', async () => {
    for (const who of [w.hamburgAdmin, w.pending]) {
      expect(titles(await searchAs(t, who, q(word)), 'offers').sort()).toEqual(everyone().sort());
    }
  });

  it('never finds a withdrawn offer, not even for its provider', async () => {
    const own = titles(await searchAs(t, w.leipzigMember, q(word)), 'offers');
    expect(own).toHaveLength(4);
    expect(own).not.toContain(`Zurückgezogen ${word}`);
  });

  it('signed out: the group is not searched and is named as needing a sign-in', async () => {
    const result = await searchAs(t, null, q(word));
    expect(group(result, 'offers')).toBeUndefined();
    expect(result.signInFor).toContain('offers');
    expect(JSON.stringify(result)).not.toContain(`${word}server`);
    const alone = await searchAs(t, null, q(word, '&group=offers'));
    expect(alone.groups).toEqual([]);
    expect(alone.signInFor).toEqual(['offers']);
  });

  it('the group alone pages up to the limit asked for', async () => {
    const result = await searchAs(t, w.dresdenAdmin, q(word, '&group=offers&limit=2'));
    expect(result.groups.map((g) => g.kind)).toEqual(['offers']);
    expect(group(result, 'offers')).toMatchObject({ total: 4, capped: false });
    expect(group(result, 'offers')?.hits).toHaveLength(2);
  });
});
