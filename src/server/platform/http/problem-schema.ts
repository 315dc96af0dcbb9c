import { Type } from 'typebox';

/** The RFC 9457 problem body the error handler writes, for the `response` schemas of routes. */
export const ProblemBody = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    instance: Type.Optional(Type.String()),
    detail: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  },
  { description: 'application/problem+json' },
);

/** The problem answers a route may give, spread into its `response` schema: `...problems(400, 404)`. */
export const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, ProblemBody]));
