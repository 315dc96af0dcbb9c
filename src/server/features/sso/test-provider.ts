import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person as the test's identity provider knows them (the claims of their ID token). */
export interface ProviderAccount {
  sub: string;
  name?: string;
  email?: string;
  email_verified?: boolean;
  org?: string;
  groups?: string[];
}

/** Changes to the ID token the provider hands out, made after it was issued and signed again with its key. */
export type IdTokenChange = (claims: Record<string, unknown>) => Record<string, unknown>;

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The account the next sign-in at the provider is done as (the test's person "types their password"). */
  signInAs(account: ProviderAccount): void;
  /**
   * Rewrites the ID token of the next token answers until called with undefined; with `foreignKey`, signs it
   * with a key the provider does not publish (under the provider's key id).
   */
  changeIdToken(change: IdTokenChange | undefined, options?: { foreignKey?: boolean }): void;
  /**
   * Follows the browser's way from the provider's authorisation address through its sign-in back to the
   * platform; returns the callback's path with the provider's query string.
   */
  authorise(authorisationUrl: string): Promise<string>;
  /**
   * The provider's own back-channel logout (what it does when the person signs out there): it makes a logout
   * token for the subject and session id and posts it to the client's `backchannel_logout_uri`.
   */
  backchannelLogout(sub: string, sid: string): Promise<void>;
  /**
   * A logout token as the provider makes it, for the tests to send themselves; `change` rewrites its claims
   * (signed again with the provider's key, or a foreign one with `foreignKey`).
   */
  logoutToken(
    claims: { sub?: string; sid?: string },
    change?: IdTokenChange,
    options?: { foreignKey?: boolean },
  ): Promise<string>;
  close(): Promise<void>;
}

const b64 = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * Starts `oidc-provider` (a certified OpenID Provider) on a free port of 127.0.0.1 with one confidential
 * client whose redirect URI is the platform's callback. Signing in at the provider is automatic: its
 * interaction page signs in as the account set with `signInAs` and grants the asked scopes.
 */
export async function startTestProvider(options: {
  callbackUrl: string;
  clientId?: string;
  /** Where back-channel logouts go; with `deliver`, the provider's requests to it are handed to the test. */
  backchannelLogoutUrl?: string;
  deliver?: (url: string, init: { method?: string; headers?: unknown; body?: unknown }) => Promise<Response>;
}): Promise<TestProvider> {
  const clientId = options.clientId ?? 'allmende-test';
  const clientSecret = 'test-client-secret-of-the-provider';
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };
  const accounts = new Map<string, ProviderAccount>();
  let current: ProviderAccount | undefined;
  let change: IdTokenChange | undefined;
  let signingKey = privateKey;

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [options.callbackUrl],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        ...(options.backchannelLogoutUrl
          ? { backchannel_logout_uri: options.backchannelLogoutUrl, backchannel_logout_session_required: true }
          : {}),
      },
    ],
    ...(options.deliver ? { fetch: options.deliver } : {}),
    jwks: { keys: [jwk] },
    cookies: { keys: ['test-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'org', 'groups'] },
    // The claims go into the ID token itself, as Keycloak and most providers do, not only to userinfo.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false }, backchannelLogout: { enabled: true } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, id: string) => {
      const account = accounts.get(id);
      return account ? { accountId: id, claims: () => ({ ...account }) } : undefined;
    },
  });
  const handle = provider.callback();

  async function interact(req: IncomingMessage, res: ServerResponse) {
    if (!current) throw new Error('signInAs was not called');
    accounts.set(current.sub, current);
    const details = await provider.interactionDetails(req, res);
    const grant = new provider.Grant({ accountId: current.sub, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: current.sub }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  function resign(idToken: string, by: IdTokenChange | undefined = change, key = signingKey): string {
    const [header, payload] = idToken.split('.');
    const claims = by?.(JSON.parse(Buffer.from(payload ?? '', 'base64url').toString())) ?? {};
    const input = `${header}.${b64(JSON.stringify(claims))}`;
    return `${input}.${createSign('RSA-SHA256').update(input).sign(key).toString('base64url')}`;
  }

  /** Lets the token answer through with its ID token rewritten (Koa sets the headers before `end`). */
  function rewriteTokenAnswer(res: ServerResponse) {
    const end = res.end.bind(res) as (body?: unknown) => ServerResponse;
    const chunks: Buffer[] = [];
    res.write = ((chunk: unknown) => {
      chunks.push(Buffer.from(chunk as string));
      return true;
    }) as typeof res.write;
    res.end = ((chunk?: unknown) => {
      if (chunk) chunks.push(Buffer.from(chunk as string));
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}');
      if (typeof body.id_token === 'string') body.id_token = resign(body.id_token);
      const text = JSON.stringify(body);
      res.setHeader('content-length', Buffer.byteLength(text));
      return end(text);
    }) as typeof res.end;
  }

  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interact(req, res).catch((error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    if (change && req.method === 'POST' && req.url?.startsWith('/token')) rewriteTokenAnswer(res);
    handle(req, res);
  });

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs: (account) => {
      current = account;
    },
    changeIdToken: (next, options) => {
      change = next;
      signingKey = options?.foreignKey ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey : privateKey;
    },
    async authorise(authorisationUrl) {
      const jar = new Map<string, string>();
      let url = new URL(authorisationUrl);
      for (let hop = 0; hop < 10; hop++) {
        if (!url.href.startsWith(issuer)) return `${url.pathname}${url.search}`;
        const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
        const answer = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
        for (const line of answer.headers.getSetCookie()) {
          const [pair] = line.split(';');
          const at = pair?.indexOf('=') ?? -1;
          if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
        }
        const location = answer.headers.get('location');
        if (!location)
          throw new Error(`the provider stopped at ${url.pathname} with ${answer.status}: ${await answer.text()}`);
        url = new URL(location, url);
      }
      throw new Error('too many redirects at the provider');
    },
    async backchannelLogout(sub, sid) {
      const client = await provider.Client.find(clientId);
      if (!client) throw new Error('no client');
      await client.backchannelLogout(sub, sid);
    },
    async logoutToken(claims, changeClaims, tokenOptions) {
      // Made as oidc-provider's Client#backchannelLogout makes it (models/client.js).
      const client = await provider.Client.find(clientId);
      const token = new provider.IdToken({ sub: claims.sub }, { client, ctx: undefined });
      token.mask = { sub: null };
      token.set('events', { 'http://schemas.openid.net/event/backchannel-logout': {} });
      token.set('jti', randomUUID());
      if (claims.sid) token.set('sid', claims.sid);
      const issued: string = await token.issue({ use: 'logout' });
      if (!changeClaims && !tokenOptions?.foreignKey) return issued;
      const key = tokenOptions?.foreignKey
        ? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey
        : privateKey;
      return resign(issued, changeClaims ?? ((c) => c), key);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
