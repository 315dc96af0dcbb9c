import { describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, unique } from '../../../test/factories.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { recordInput } from '../atlas-fixtures.ts';

// Found by the generated bad-input test on PostgreSQL: two saves with the same external ID at the same
// moment both pass the check for a free ID, and the second insert hit the unique index as a 500.

const t = await buildTestApp();

describe('saves of one external ID at the same moment', () => {
  it('store one record and answer the others 409, never 500', async () => {
    const organisation = await createOrganisation(t);
    const person = await createPerson(t, { organisation });
    for (let round = 0; round < 3; round += 1) {
      const input = recordInput([organisation.id], { externalId: unique('ext') });
      const responses = await Promise.all(
        [0, 1, 2, 3].map(() =>
          t.request({ method: 'POST', url: '/api/atlas/cooperations', cookie: person.cookie, payload: input }),
        ),
      );
      const statuses = responses.map((r) => r.statusCode).sort();
      expect(statuses, responses.map((r) => r.body).join('\n')).toEqual([201, 409, 409, 409]);
      for (const refused of responses.filter((r) => r.statusCode === 409)) {
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(['/problems/external-id-taken', '/problems/concurrent-change']).toContain(refused.json().type);
      }
    }
  });
});
