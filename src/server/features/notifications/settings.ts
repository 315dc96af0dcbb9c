import type { DigestFrequency, NotificationKind } from '../../../shared/notification-kinds.ts';
import type { Deps } from '../../deps.ts';
import type { Principal } from '../../platform/auth/session-store.ts';
import { saveChoices, saveDigestFrequency, settingsOf } from './preferences.ts';

/** The caller's notification settings; nobody reads another person's. */
export async function notificationSettingsOf(deps: Deps, principal: Principal) {
  return settingsOf(deps.db, principal.personId);
}

/**
 * Changes the caller's notification settings: the digest frequency and, per kind named, in the app
 * and by mail. Kinds not named keep their choice. Answers the settings as they are now.
 */
export async function updateNotificationSettings(
  deps: Deps,
  principal: Principal,
  input: {
    digestFrequency?: DigestFrequency | undefined;
    kinds?: { kind: NotificationKind; inApp: boolean; mail: boolean }[] | undefined;
  },
) {
  return deps.db.transaction(async (tx) => {
    if (input.digestFrequency) await saveDigestFrequency(tx, principal.personId, input.digestFrequency);
    if (input.kinds) await saveChoices(tx, principal.personId, input.kinds);
    return settingsOf(tx, principal.personId);
  });
}
