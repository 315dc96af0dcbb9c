import { describe, expect, it } from 'vitest';
import {
  isFiltered,
  parsePortfolioSearch,
  portfolioQuery,
  scopeOf,
  scopeQuery,
  statusChoice,
  statusesOf,
  toggleLevel,
} from './portfolio-search.ts';

const alliance = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const workspace = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';

describe('the portfolio’s address', () => {
  it('keeps the scope, order and filters a person chose', () => {
    const search = parsePortfolioSearch({
      alliance,
      sort: 'end',
      level: ['amber', 'red'],
      status: ['running', 'planned'],
    });
    expect(search).toEqual({
      alliance,
      organisation: undefined,
      workspace: undefined,
      sort: 'end',
      // In the page's order, the worst colour first, and statuses as the project's life runs.
      level: ['red', 'amber'],
      status: ['planned', 'running'],
    });
    expect(scopeOf(search)).toEqual({ kind: 'alliance', id: alliance });
  });

  it('takes filters written by hand as one text, and drops what it does not know', () => {
    const search = parsePortfolioSearch({
      workspace: workspace.toUpperCase(),
      sort: 'farbe',
      level: 'red,purple, green,red',
      status: 'erledigt',
    });
    expect(search).toEqual({
      alliance: undefined,
      organisation: undefined,
      workspace,
      sort: undefined,
      level: ['red', 'green'],
      status: undefined,
    });
    expect(parsePortfolioSearch({ level: 'amber' }).level).toEqual(['amber']);
    expect(parsePortfolioSearch({ level: [1, null, 'none'] }).level).toEqual(['none']);
  });

  it('keeps one scope only, the first valid one, since the server takes exactly one', () => {
    expect(scopeOf(parsePortfolioSearch({ alliance: 'Südwestfalen', workspace }))).toEqual({
      kind: 'workspace',
      id: workspace,
    });
    const both = parsePortfolioSearch({ alliance, organisation: workspace });
    expect([both.alliance, both.organisation]).toEqual([alliance, undefined]);
    expect(scopeOf(parsePortfolioSearch({}))).toBeNull();
  });

  it('leaves the default order out of the address', () => {
    expect(parsePortfolioSearch({ alliance, sort: 'health' }).sort).toBeUndefined();
    expect(parsePortfolioSearch({ alliance, sort: 'next-milestone' }).sort).toBe('next-milestone');
  });

  it('asks the API and the exports with each filter value as a key of its own', () => {
    const scope = { kind: 'alliance' as const, id: alliance };
    expect(portfolioQuery(scope, { alliance })).toBe(`alliance=${alliance}`);
    expect(portfolioQuery(scope, { alliance, sort: 'name', level: ['red', 'amber'], status: ['running'] })).toBe(
      `alliance=${alliance}&sort=name&level=red&level=amber&status=running`,
    );
    expect(scopeQuery({ kind: 'workspace', id: workspace })).toBe(`workspace=${workspace}`);
  });
});

describe('the colour filter', () => {
  it('adds a colour, takes it out again, and shows every colour when none is left', () => {
    const red = toggleLevel({ alliance }, 'red');
    expect(red.level).toEqual(['red']);
    const both = toggleLevel(red, 'none');
    expect(both.level).toEqual(['red', 'none']);
    expect(toggleLevel(both, 'red').level).toEqual(['none']);
    expect(toggleLevel(red, 'red').level).toBeUndefined();
    expect(isFiltered(red)).toBe(true);
    expect(isFiltered(toggleLevel(red, 'red'))).toBe(false);
    expect(isFiltered({ alliance, status: ['done'] })).toBe(true);
  });
});

describe('the status filter', () => {
  it('turns the select’s choice into statuses and back', () => {
    expect(statusesOf('')).toBeUndefined();
    expect(statusesOf('open')).toEqual(['planned', 'running', 'paused']);
    expect(statusesOf('done')).toEqual(['done']);
    expect(statusChoice(undefined)).toBe('');
    expect(statusChoice(['paused', 'running', 'planned'])).toBe('open');
    expect(statusChoice(['stopped', 'done'])).toBe('done,stopped');
    expect(statusesOf('done,stopped')).toEqual(['done', 'stopped']);
  });
});
