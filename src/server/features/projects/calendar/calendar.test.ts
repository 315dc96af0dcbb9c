import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import {
  createdProject,
  createdTask,
  dayFromToday,
  type ProjectWorld,
  projectWorld,
  send,
} from '../project-fixtures.ts';

let t: TestApp;
let w: ProjectWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await projectWorld(t);
});

const feedPath = (url: string) => new URL(url).pathname;
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('calendar feeds', () => {
  it('gives a person a secret address with their due dates and the milestones of the projects they see', async () => {
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Rufbus' });
    await send(t, w.owner, 'POST', `/api/projects/${project.id}/milestones`, {
      name: 'Fahrplan steht',
      date: '2027-03-15',
    });
    await createdTask(t, w.owner, project.id, {
      title: 'Haltestellen prüfen',
      dueDate: '2027-02-01',
      assigneeIds: [w.member.id],
    });
    await createdTask(t, w.owner, project.id, { title: 'Nicht meins', dueDate: '2027-02-02' });
    const made = await send(t, w.member, 'POST', '/api/me/calendar-feed');
    expect(made.statusCode, made.body).toBe(201);
    const url = made.json().url as string;
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const feed = await send(t, null, 'GET', feedPath(url));
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = unfold(feed.body);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:◆ Fahrplan steht – Rufbus');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270315');
    expect(ics).toContain('SUMMARY:Haltestellen prüfen – Rufbus');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270201');
    expect(ics).not.toContain('Nicht meins');
    expect((await send(t, w.member, 'GET', '/api/me/calendar-feed')).json()).toMatchObject({ url: null });
  });

  it('stops the old address when a new one is made or it is revoked, and answers unknown ones 404', async () => {
    const first = feedPath((await send(t, w.owner, 'POST', '/api/me/calendar-feed')).json().url);
    const second = feedPath((await send(t, w.owner, 'POST', '/api/me/calendar-feed')).json().url);
    expect((await send(t, null, 'GET', first)).statusCode).toBe(404);
    expect((await send(t, null, 'GET', second)).statusCode).toBe(200);
    expect((await send(t, w.owner, 'DELETE', '/api/me/calendar-feed')).statusCode).toBe(204);
    expect(problemOf(await send(t, null, 'GET', second), 404).type).toBe('/problems/not-found');
    expect((await send(t, null, 'GET', '/api/calendar/kurz.ics')).statusCode).toBe(400);
    expect((await send(t, null, 'POST', '/api/me/calendar-feed')).statusCode).toBe(401);
  });

  it('shows a guest only the projects of channels they read, and one project with project=', async () => {
    const hidden = await createdProject(t, w.owner, w.workspace.id, { name: 'Intern' });
    await send(t, w.owner, 'POST', `/api/projects/${hidden.id}/milestones`, {
      name: 'Geheimer Termin',
      date: dayFromToday(9),
    });
    const url = feedPath((await send(t, w.guest, 'POST', '/api/me/calendar-feed')).json().url);
    expect(unfold((await send(t, null, 'GET', url)).body)).not.toContain('Geheimer Termin');
    const mine = feedPath((await send(t, w.member, 'POST', '/api/me/calendar-feed')).json().url);
    const one = unfold((await send(t, null, 'GET', `${mine}?project=${hidden.id}`)).body);
    expect(one).toContain('Geheimer Termin');
    expect(one).not.toContain('Fahrplan steht');
  });
});
