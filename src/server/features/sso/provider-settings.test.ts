import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { ssoProvidersOf } from './provider-settings.ts';
import { safeReturnTo } from './return-to.ts';

const ORG = '0190a3b1-5c2d-7e4f-8a9b-0c1d2e3f4a5b';
const good = {
  id: 'kreis',
  name: 'Kreis-Login',
  issuer: 'https://login.kreis.example/realms/staff',
  clientId: 'allmende',
  clientSecret: 'very-secret',
  organisations: [ORG],
  claims: { organisation: 'org_id' },
};

describe('OIDC_PROVIDERS', () => {
  it('is read by loadConfig; unset means no providers', () => {
    expect(loadConfig({}).ssoProviders).toEqual([]);
    expect(loadConfig({ OIDC_PROVIDERS: JSON.stringify([good]) }).ssoProviders).toEqual([
      {
        id: 'kreis',
        name: 'Kreis-Login',
        issuer: good.issuer,
        clientId: 'allmende',
        clientSecret: 'very-secret',
        organisationIds: [ORG],
        claims: { name: 'name', email: 'email', organisation: 'org_id', groups: undefined },
        groupRoles: [],
        source: 'environment',
      },
    ]);
  });

  it('reads a groups claim and a mapping of groups to roles', () => {
    const entry = { ...good, claims: { groups: 'groups' }, groupRoles: [{ group: 'kreis-admins', role: 'admin' }] };
    const [provider] = ssoProvidersOf(JSON.stringify([entry]));
    expect(provider?.claims.groups).toBe('groups');
    expect(provider?.groupRoles).toEqual([{ group: 'kreis-admins', role: 'admin' }]);
    for (const groupRoles of [
      [{ group: 'x', role: 'owner' }],
      [{ group: '', role: 'admin' }],
      'admin',
      [{ group: 'x' }],
    ])
      expect(() => ssoProvidersOf(JSON.stringify([{ ...good, groupRoles }]))).toThrow(/groupRoles must be a list/);
  });

  it('refuses mistakes with a message naming the field, never the secret', () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ ...good, id: 'Kreis Login' }, /id must be lower-case/],
      [{ ...good, issuer: 'http://login.kreis.example' }, /must be an https URL/],
      [{ ...good, issuer: 'not a url' }, /not a valid URL/],
      [{ ...good, issuer: 'https://x.example/?a=1' }, /no query/],
      [{ ...good, clientSecret: '' }, /clientSecret must be a non-empty text/],
      [{ ...good, organisations: ['Landkreis'] }, /organisations must be a list of organisation ids/],
      [{ ...good, claims: { roles: 'g' } }, /claims.roles is not a known setting/],
      [{ ...good, extra: 1 }, /"kreis".extra is not a known setting/],
      ['text', /\[0\] must be an object/],
    ];
    for (const [entry, message] of cases) {
      const run = () => ssoProvidersOf(JSON.stringify([entry]));
      expect(run).toThrow(message);
      try {
        run();
      } catch (error) {
        expect(String(error)).not.toContain('very-secret');
      }
    }
    expect(() => ssoProvidersOf('{')).toThrow(/JSON array/);
    expect(() => ssoProvidersOf('{}')).toThrow(/JSON array/);
    expect(() => ssoProvidersOf(JSON.stringify([good, good]))).toThrow(/used twice/);
  });

  it('allows plain http only for a provider on this machine', () => {
    const local = ssoProvidersOf(JSON.stringify([{ ...good, issuer: 'http://localhost:8080/realms/dev' }]));
    expect(local[0]?.issuer).toBe('http://localhost:8080/realms/dev');
  });
});

describe('returnTo', () => {
  it('keeps paths on the platform', () => {
    expect(safeReturnTo('/workspaces/a?tab=1#x')).toBe('/workspaces/a?tab=1#x');
    expect(safeReturnTo('/')).toBe('/');
  });

  it('ignores everything that could leave the platform', () => {
    for (const value of [
      undefined,
      '',
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      '/\tevil',
      '/a\nb',
      'evil.example',
      `/${'a'.repeat(1000)}`,
    ]) {
      expect([value, safeReturnTo(value)]).toEqual([value, null]);
    }
  });
});
