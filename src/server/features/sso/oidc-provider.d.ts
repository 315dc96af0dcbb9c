// The few parts of `oidc-provider` (a devDependency without type declarations) the test provider uses.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface Grant {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  interface Client {
    backchannelLogout(sub: string, sid: string): Promise<void>;
  }

  interface IdToken {
    mask: Record<string, unknown>;
    set(claim: string, value: unknown): void;
    issue(options: { use: 'logout' | 'idtoken' }): Promise<string>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<{ params: Record<string, unknown> }>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    Grant: new (input: {
      accountId: string;
      clientId: string;
    }) => Grant;
    Client: { find(id: string): Promise<Client | undefined> };
    IdToken: new (
      claims: Record<string, unknown>,
      context: { client: Client | undefined; ctx: undefined },
    ) => IdToken;
  }
}
