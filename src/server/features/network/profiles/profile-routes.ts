import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  AdminTagList,
  AdminTagQuery,
  EndorsementInput,
  EndorsementResult,
  ExpertiseInput,
  ExpertiseParams,
  LevelInput,
  MergeInput,
  MergeResult,
  PeopleQuery,
  PeopleResult,
  PersonIdParams,
  PersonProfile,
  ProfileInput,
  ProofInput,
  ProofParams,
  TagIdParams,
  TagMergeParams,
  TagSuggestions,
  TagSuggestQuery,
} from '../../../../shared/contracts/network-profiles.ts';
import type { Deps } from '../../../deps.ts';
import { unauthenticated } from '../../../platform/errors/problem.ts';
import { problems } from '../../../platform/http/problem-schema.ts';
import { adminTags } from './admin-tags.ts';
import { endorse, withdrawEndorsement } from './endorse.ts';
import { addProof, removeProof } from './expertise-proofs.ts';
import { findPeople } from './find-people.ts';
import { mergeTags } from './merge-tags.ts';
import { addExpertise, changeLevel, removeExpertise } from './my-expertise.ts';
import { myProfile, saveMyProfile } from './my-profile.ts';
import { personProfile } from './person-profile.ts';
import { suggestTags } from './tag-vocabulary.ts';

const tags = ['network'];

/** The network's profiles routes (under /api/network): my profile and expertise, people, endorsements, tags. */
export async function profileRoutes(fastify: FastifyInstance, deps: Deps): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/network/profiles/me',
    {
      schema: {
        tags,
        summary: 'My network profile with every field and my expertise',
        response: { 200: PersonProfile, ...problems(401) },
      },
    },
    async (request) => myProfile(deps.db, request.principal),
  );

  app.put(
    '/network/profiles/me',
    {
      schema: {
        tags,
        summary: 'Save my profile: job title, department, languages (ISO 639-1), phone, about, whom it is shown to',
        body: ProfileInput,
        response: { 200: PersonProfile, ...problems(400, 401) },
      },
    },
    async (request) => saveMyProfile(deps.db, request.principal, request.body),
  );

  app.post(
    '/network/profiles/me/expertise',
    {
      schema: {
        tags,
        summary: 'Add an expertise by tag or by name (a new tag when its folded name is new), or change its level',
        body: ExpertiseInput,
        response: { 200: PersonProfile, ...problems(400, 401, 404) },
      },
    },
    async (request) => addExpertise(deps.db, request.principal, request.body),
  );

  app.put(
    '/network/profiles/me/expertise/:tagId',
    {
      schema: {
        tags,
        summary: 'Change the level of one of my expertises',
        params: TagIdParams,
        body: LevelInput,
        response: { 200: PersonProfile, ...problems(400, 401, 404) },
      },
    },
    async (request) => changeLevel(deps.db, request.principal, request.params.tagId, request.body),
  );

  app.delete(
    '/network/profiles/me/expertise/:tagId',
    {
      schema: {
        tags,
        summary: 'Remove one of my expertises with its proofs and endorsements',
        params: TagIdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await removeExpertise(deps.db, request.principal, request.params.tagId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/network/profiles/me/expertise/:tagId/proofs',
    {
      schema: {
        tags,
        summary: 'Name a proof for my expertise: a project I see, a published atlas record or an https link',
        params: TagIdParams,
        body: ProofInput,
        response: { 200: PersonProfile, ...problems(400, 401, 404) },
      },
    },
    async (request) => addProof(deps.db, request.principal, request.params.tagId, request.body),
  );

  app.delete(
    '/network/profiles/me/expertise/:tagId/proofs/:proofId',
    {
      schema: {
        tags,
        summary: 'Remove a proof of my expertise',
        params: ProofParams,
        response: { 204: Type.Null(), ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      await removeProof(deps.db, request.principal, request.params.tagId, request.params.proofId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/network/profiles/:personId',
    {
      schema: {
        tags,
        summary: 'A person’s profile: name and organisation for everyone signed in, the rest as far as they chose',
        params: PersonIdParams,
        response: { 200: PersonProfile, ...problems(400, 401, 404) },
      },
    },
    async (request) => personProfile(deps.db, request.principal, request.params.personId),
  );

  app.post(
    '/network/profiles/:personId/expertise/:tagId/endorsements',
    {
      schema: {
        tags,
        summary: 'Endorse a colleague’s expertise (once; again updates the note and answers 200)',
        params: ExpertiseParams,
        body: EndorsementInput,
        response: { 200: EndorsementResult, 201: EndorsementResult, ...problems(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const { created, ...result } = await endorse(
        deps.db,
        deps.config,
        request.principal,
        request.params.personId,
        request.params.tagId,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(result);
    },
  );

  app.delete(
    '/network/profiles/:personId/expertise/:tagId/endorsements',
    {
      schema: {
        tags,
        summary: 'Take my endorsement of a colleague’s expertise back',
        params: ExpertiseParams,
        response: { 200: EndorsementResult, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => withdrawEndorsement(deps.db, request.principal, request.params.personId, request.params.tagId),
  );

  app.get(
    '/network/people',
    {
      schema: {
        tags,
        summary: 'The expert finder: people by expertise (German search) or name, organisation, Land, Kreis, distance',
        querystring: PeopleQuery,
        response: { 200: PeopleResult, ...problems(400, 401) },
      },
    },
    async (request) =>
      findPeople(deps.db, request.principal, request.query, { genericPlans: deps.database.genericPlans }),
  );

  app.get(
    '/network/tags',
    {
      schema: {
        tags,
        summary: 'Expertise tags for what one types: prefix matches first, then close spellings; merged tags never',
        querystring: TagSuggestQuery,
        response: { 200: TagSuggestions, ...problems(400, 401) },
      },
    },
    async (request) => {
      if (!request.principal) throw unauthenticated();
      return { tags: await suggestTags(deps.db, request.query.q) };
    },
  );

  app.get(
    '/admin/network/tags',
    {
      schema: {
        tags,
        summary: 'The live tags with how often each is used, to find duplicates (platform admins)',
        querystring: AdminTagQuery,
        response: { 200: AdminTagList, ...problems(400, 401, 403) },
      },
    },
    async (request) => adminTags(deps.db, request.principal, request.query),
  );

  app.post(
    '/network/tags/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge a duplicate tag into another; expertise, proofs, endorsements, questions and follows move',
        params: TagMergeParams,
        body: MergeInput,
        response: { 200: MergeResult, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => mergeTags(deps.db, request.principal, request.params.id, request.body.into, request.ip),
  );
}
