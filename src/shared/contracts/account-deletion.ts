import { Type } from 'typebox';

/**
 * The name a deleted account's row carries (DSGVO Art. 17). What others rely on keeps pointing to the
 * row; the web shows it as "ehemalige Person" / "former member" in the reader's language.
 */
export const FORMER_PERSON_NAME = 'ehemalige Person';

/** What happens to what the person wrote: kept under "ehemalige Person", or deleted where no other rule keeps it. */
export const Contributions = Type.Union([Type.Literal('keep'), Type.Literal('delete')], {
  description: 'keep: stays, attributed to "ehemalige Person"; delete: removed where no other rule keeps it',
});
export type Contributions = 'keep' | 'delete';

export const DeleteOwnAccountBody = Type.Object(
  {
    /** The current password; may be left out by a person who signs in only through an identity provider. */
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    contributions: Contributions,
  },
  { additionalProperties: false },
);
export type DeleteOwnAccountBody = {
  password?: string;
  contributions: Contributions;
};

export const DeletePersonBody = Type.Object(
  {
    /** Why (the person's request, its date and way): kept in the audit log. */
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
    contributions: Contributions,
  },
  { additionalProperties: false },
);
export type DeletePersonBody = { reason: string; contributions: Contributions };

/** The 409 problem type when the person must first hand over a role nobody else holds. */
export const HAND_OVER_FIRST = 'hand-over-first';

/** What a person must hand over before deleting their account (the 409 names them, one per line, in `organisations`, `workspaces`, `communities`; `platformAdmin`). */
export interface HandOver {
  organisations: string[];
  workspaces: string[];
  communities: string[];
  platformAdmin: boolean;
}

export const AccountDeletionStatus = Type.Object({
  handOver: Type.Object({
    organisations: Type.Array(Type.String()),
    workspaces: Type.Array(Type.String()),
    communities: Type.Array(Type.String()),
    platformAdmin: Type.Boolean(),
  }),
  /** Whether the account has a password of its own to confirm with (not so for provider-only accounts). */
  hasPassword: Type.Boolean(),
});
export type AccountDeletionStatus = { handOver: HandOver; hasPassword: boolean };
