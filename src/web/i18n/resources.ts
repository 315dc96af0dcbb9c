import accountDeletionDe from './areas/account-deletion.de.json';
import accountDeletionEn from './areas/account-deletion.en.json';
import adminDe from './areas/admin.de.json';
import adminEn from './areas/admin.en.json';
import apiDocsDe from './areas/api-docs.de.json';
import apiDocsEn from './areas/api-docs.en.json';
import atlasDe from './areas/atlas.de.json';
import atlasEn from './areas/atlas.en.json';
import contentDe from './areas/content.de.json';
import contentEn from './areas/content.en.json';
import contentMediaDe from './areas/content-media.de.json';
import contentMediaEn from './areas/content-media.en.json';
import contentPublicDe from './areas/content-public.de.json';
import contentPublicEn from './areas/content-public.en.json';
import contentSharingDe from './areas/content-sharing.de.json';
import contentSharingEn from './areas/content-sharing.en.json';
import directoryDe from './areas/directory.de.json';
import directoryEn from './areas/directory.en.json';
import documentLinksDe from './areas/document-links.de.json';
import documentLinksEn from './areas/document-links.en.json';
import documentsDe from './areas/documents.de.json';
import documentsEn from './areas/documents.en.json';
import eventsDe from './areas/events.de.json';
import eventsEn from './areas/events.en.json';
import legalDe from './areas/legal.de.json';
import legalEn from './areas/legal.en.json';
import meetingsDe from './areas/meetings.de.json';
import meetingsEn from './areas/meetings.en.json';
import myDataDe from './areas/my-data.de.json';
import myDataEn from './areas/my-data.en.json';
import networkCommunitiesDe from './areas/network-communities.de.json';
import networkCommunitiesEn from './areas/network-communities.en.json';
import networkModerationDe from './areas/network-moderation.de.json';
import networkModerationEn from './areas/network-moderation.en.json';
import networkProfilesDe from './areas/network-profiles.de.json';
import networkProfilesEn from './areas/network-profiles.en.json';
import networkQuestionsDe from './areas/network-questions.de.json';
import networkQuestionsEn from './areas/network-questions.en.json';
import networkWikiDe from './areas/network-wiki.de.json';
import networkWikiEn from './areas/network-wiki.en.json';
import notificationsDe from './areas/notifications.de.json';
import notificationsEn from './areas/notifications.en.json';
import passkeysDe from './areas/passkeys.de.json';
import passkeysEn from './areas/passkeys.en.json';
import portfolioDe from './areas/portfolio.de.json';
import portfolioEn from './areas/portfolio.en.json';
import projectsDe from './areas/projects.de.json';
import projectsEn from './areas/projects.en.json';
import searchDe from './areas/search.de.json';
import searchEn from './areas/search.en.json';
import serviceOffersDe from './areas/services-offers.de.json';
import serviceOffersEn from './areas/services-offers.en.json';
import procurementDe from './areas/services-procurement.de.json';
import procurementEn from './areas/services-procurement.en.json';
import ssoDe from './areas/sso.de.json';
import ssoEn from './areas/sso.en.json';
import twoFactorDe from './areas/two-factor.de.json';
import twoFactorEn from './areas/two-factor.en.json';
import workspacesDe from './areas/workspaces.de.json';
import workspacesEn from './areas/workspaces.en.json';
import de from './de.json';
import en from './en.json';

// Larger areas keep their strings in areas/<area>.<lang>.json under one top-level key each
// (e.g. "atlas"), so that work on one area never touches another's file.
export const translations = {
  de: {
    ...de,
    ...accountDeletionDe,
    ...adminDe,
    ...apiDocsDe,
    ...atlasDe,
    ...contentDe,
    ...contentMediaDe,
    ...contentPublicDe,
    ...contentSharingDe,
    ...directoryDe,
    ...documentLinksDe,
    ...documentsDe,
    ...legalDe,
    ...meetingsDe,
    ...myDataDe,
    ...serviceOffersDe,
    ...procurementDe,
    ...eventsDe,
    ...networkProfilesDe,
    ...networkCommunitiesDe,
    ...networkQuestionsDe,
    ...networkModerationDe,
    ...networkWikiDe,
    ...notificationsDe,
    ...passkeysDe,
    ...portfolioDe,
    ...projectsDe,
    ...searchDe,
    ...ssoDe,
    ...twoFactorDe,
    ...workspacesDe,
  },
  en: {
    ...en,
    ...accountDeletionEn,
    ...adminEn,
    ...apiDocsEn,
    ...atlasEn,
    ...contentEn,
    ...contentMediaEn,
    ...contentPublicEn,
    ...contentSharingEn,
    ...directoryEn,
    ...documentLinksEn,
    ...documentsEn,
    ...legalEn,
    ...meetingsEn,
    ...myDataEn,
    ...serviceOffersEn,
    ...procurementEn,
    ...eventsEn,
    ...networkProfilesEn,
    ...networkCommunitiesEn,
    ...networkQuestionsEn,
    ...networkModerationEn,
    ...networkWikiEn,
    ...notificationsEn,
    ...passkeysEn,
    ...portfolioEn,
    ...projectsEn,
    ...searchEn,
    ...ssoEn,
    ...twoFactorEn,
    ...workspacesEn,
  },
};
