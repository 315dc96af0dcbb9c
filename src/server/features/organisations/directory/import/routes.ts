import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  DIRECTORY_FILE_MAX,
  DirectoryImport,
  DirectoryImportResult,
  DirectoryPreview,
  DirectoryStatus,
  DirectoryUpload,
} from '../../../../../shared/contracts/directory-import.ts';
import type { Deps } from '../../../../deps.ts';
import type { Principal } from '../../../../platform/auth/session-store.ts';
import { notFound } from '../../../../platform/errors/problem.ts';
import { problems } from '../../../../platform/http/problem-schema.ts';
import { mayAdministerPlatform } from '../../../admin/policy.ts';
import { directoryStatus, importDirectoryFile, previewDirectoryFile } from './update-directory.ts';

const tags = ['admin'];

// The file travels as a JSON string; escaping (quotes, umlauts as \u) may make it larger than the text.
const BODY_LIMIT = Math.ceil(DIRECTORY_FILE_MAX * 1.5);

/** Platform administration: to everyone else it does not exist, and they learn nothing from validation. */
function requireAdmin(request: FastifyRequest): Principal {
  if (!mayAdministerPlatform(request.principal)) throw notFound('Page');
  return request.principal;
}

/** Updating the organisation directory from the Destatis Gemeindeverzeichnis (platform admins). */
export async function directoryImportRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const preValidation = async (request: FastifyRequest) => void requireAdmin(request);

  r.get(
    '/admin/directory',
    {
      preValidation,
      schema: {
        tags,
        summary: 'The organisation directory: its official data state and size (platform admins)',
        response: { 200: DirectoryStatus, ...problems(404) },
      },
    },
    async () => directoryStatus(deps),
  );

  r.post(
    '/admin/directory/preview',
    {
      preValidation,
      bodyLimit: BODY_LIMIT,
      schema: {
        tags,
        summary: 'What a Destatis file (GV100AD or the GV-ISys table as CSV) would change; writes nothing',
        body: DirectoryUpload,
        response: { 200: DirectoryPreview, ...problems(400, 404, 413) },
      },
    },
    async (request) => previewDirectoryFile(deps, request.body.content),
  );

  r.post(
    '/admin/directory/import',
    {
      preValidation,
      bodyLimit: BODY_LIMIT,
      schema: {
        tags,
        summary: 'Update the directory from a previewed file: new, renamed, renumbered, dissolved (audited)',
        body: DirectoryImport,
        response: { 200: DirectoryImportResult, ...problems(400, 404, 409, 413) },
      },
    },
    async (request) => {
      const admin = requireAdmin(request);
      return importDirectoryFile(deps, { personId: admin.personId, ip: request.ip }, request.body);
    },
  );
}
