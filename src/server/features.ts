import type { FastifyInstance } from 'fastify';
import type { Deps } from './deps.ts';
import { accountDeletionRoutes } from './features/accounts/deletion/routes.ts';
import { accountsRoutes } from './features/accounts/routes.ts';
import { adminRoutes } from './features/admin/routes.ts';
import { allianceRoutes } from './features/alliances/routes.ts';
import { atlasRoutes } from './features/atlas/routes.ts';
import { chatRoutes } from './features/chat/routes.ts';
import { contentMediaRoutes } from './features/content/media/media-routes.ts';
import { contentPageRoutes } from './features/content/pages/page-routes.ts';
import { contentPublicRoutes } from './features/content/public/json-routes.ts';
import { contentRoutes } from './features/content/routes.ts';
import { contentSharingRoutes } from './features/content/sharing/sharing-routes.ts';
import { contentTranslationRoutes } from './features/content/translation/translation-routes.ts';
import { demoRoutes } from './features/demo/routes.ts';
import { documentsRoutes } from './features/documents/routes.ts';
import { eventRoutes } from './features/events/routes.ts';
import { healthRoutes } from './features/health/routes.ts';
import { legalRoutes } from './features/legal/routes.ts';
import { meetingRoutes } from './features/meetings/routes.ts';
import { adminDataExportRoutes } from './features/my-data/admin-export-routes.ts';
import { myDataRoutes } from './features/my-data/routes.ts';
import { networkRoutes } from './features/network/routes.ts';
import { notificationRoutes } from './features/notifications/routes.ts';
import { directoryImportRoutes } from './features/organisations/directory/import/routes.ts';
import { organisationsRoutes } from './features/organisations/routes.ts';
import { calendarRoutes } from './features/projects/calendar/calendar-routes.ts';
import { milestoneRoutes } from './features/projects/milestones/milestone-routes.ts';
import { portfolioRoutes } from './features/projects/portfolio/portfolio-routes.ts';
import { projectRoutes } from './features/projects/projects/project-routes.ts';
import { taskAttachmentRoutes } from './features/projects/tasks/attachments/attachment-routes.ts';
import { taskRoutes } from './features/projects/tasks/task-routes.ts';
import { retentionRoutes } from './features/retention/routes.ts';
import { searchRoutes } from './features/search/routes.ts';
import { serviceOfferRoutes } from './features/services/offers/routes.ts';
import { procurementRoutes } from './features/services/procurement/routes.ts';
import { setupRoutes } from './features/setup/routes.ts';
import { ssoRoutes } from './features/sso/routes.ts';
import { workspaceRoutes } from './features/workspaces/routes.ts';

/** The HTTP routes of every feature, mounted under /api in this order. */
export const featureRoutes: Array<(app: FastifyInstance, deps: Deps) => Promise<void>> = [
  healthRoutes,
  accountsRoutes,
  setupRoutes,
  ssoRoutes,
  adminRoutes,
  accountDeletionRoutes,
  demoRoutes,
  allianceRoutes,
  organisationsRoutes,
  directoryImportRoutes,
  notificationRoutes,
  documentsRoutes,
  atlasRoutes,
  workspaceRoutes,
  chatRoutes,
  contentRoutes,
  contentPageRoutes,
  contentTranslationRoutes,
  contentSharingRoutes,
  contentPublicRoutes,
  contentMediaRoutes,
  projectRoutes,
  milestoneRoutes,
  taskRoutes,
  taskAttachmentRoutes,
  calendarRoutes,
  portfolioRoutes,
  networkRoutes,
  legalRoutes,
  retentionRoutes,
  myDataRoutes,
  adminDataExportRoutes,
  serviceOfferRoutes,
  procurementRoutes,
  eventRoutes,
  meetingRoutes,
  searchRoutes,
];
