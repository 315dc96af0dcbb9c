import atlasDe from './areas/atlas.de.json';
import atlasEn from './areas/atlas.en.json';
import notificationsDe from './areas/notifications.de.json';
import notificationsEn from './areas/notifications.en.json';
import workspacesDe from './areas/workspaces.de.json';
import workspacesEn from './areas/workspaces.en.json';
import de from './de.json';
import en from './en.json';

// Larger areas keep their strings in areas/<area>.<lang>.json under one top-level key each
// (e.g. "atlas"), so that work on one area never touches another's file.
export const translations = {
  de: { ...de, ...atlasDe, ...notificationsDe, ...workspacesDe },
  en: { ...en, ...atlasEn, ...notificationsEn, ...workspacesEn },
};
