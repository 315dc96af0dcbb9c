import type { TFunction } from 'i18next';
import type { NotificationItem } from '../../../shared/contracts/notifications.ts';
import type { NotificationText } from './describe-notification.ts';

const text = (data: Record<string, unknown>, key: string): string => {
  const value = data[key];
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
};

/**
 * The services' (offers, joint procurement) and the events' notifications, with the data fields their
 * writers set (`services/offers/ask-for-offer.ts`, `services/procurement/…`, `events/commands/…`); null
 * for any other kind.
 */
export function describeServicesOrEventsNotification(
  t: TFunction,
  notification: NotificationItem,
  actorName: string,
): NotificationText | null {
  const { data } = notification;
  const values = {
    actorName,
    title: text(data, 'title'),
    organisationName: text(data, 'organisationName'),
    mine: text(data, 'mine'),
  };
  const k = (key: string) => t(`notifications.kinds.${key}`, values);
  switch (notification.kind) {
    case 'service-offer-request':
      return { sentence: k(data.withdrawn === true ? 'serviceOfferWithdrawn' : 'serviceOfferRequest'), detail: null };
    case 'service-offer-answered':
      return { sentence: k(data.accepted === true ? 'serviceOfferAccepted' : 'serviceOfferDeclined'), detail: null };
    case 'procurement-purchase-opened':
      return { sentence: k('procurementPurchaseOpened'), detail: null };
    case 'procurement-radar-match':
      return { sentence: k('procurementRadarMatch'), detail: null };
    case 'event-moved-up':
      return { sentence: k('eventMovedUp'), detail: null };
    case 'event-cancelled':
      return { sentence: k('eventCancelled'), detail: null };
    default:
      return null;
  }
}
