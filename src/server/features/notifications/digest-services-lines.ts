/** A data field as one line of text (stored data must not shape the mail). */
function field(data: Record<string, unknown>, key: string, max = 120): string {
  const value = data[key];
  if (typeof value !== 'string') return '';
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const LINES = {
  de: {
    request: (actor: string, org: string, title: string) => `${actor} (${org}) fragt Ihr Angebot „${title}“ an`,
    withdrawn: (actor: string, org: string, title: string) =>
      `${actor} (${org}) hat die Anfrage zu Ihrem Angebot „${title}“ zurückgezogen`,
    answered: (org: string, title: string, accepted: boolean) =>
      `${org} hat Ihre Anfrage zu „${title}“ ${accepted ? 'angenommen' : 'abgelehnt'}`,
    opened: (org: string, title: string) => `${org} hat die gemeinsame Beschaffung „${title}“ eröffnet`,
    radar: (title: string, mine: string) => `Bündelung möglich: „${title}“ passt zu Ihrem Vorhaben „${mine}“`,
  },
  en: {
    request: (actor: string, org: string, title: string) => `${actor} (${org}) asked for your offer “${title}”`,
    withdrawn: (actor: string, org: string, title: string) =>
      `${actor} (${org}) withdrew the request for your offer “${title}”`,
    answered: (org: string, title: string, accepted: boolean) =>
      `${org} ${accepted ? 'accepted' : 'declined'} your request for “${title}”`,
    opened: (org: string, title: string) => `${org} opened the joint purchase “${title}”`,
    radar: (title: string, mine: string) => `Bundle? “${title}” matches your plan “${mine}”`,
  },
};

/** The digest's line of a notification of the services (offers, joint procurement), or null for another kind. */
export function servicesLine(
  language: 'de' | 'en',
  item: { kind: string; data: Record<string, unknown> },
  actor: string,
): string | null {
  const words = LINES[language];
  const title = field(item.data, 'title');
  const organisation = field(item.data, 'organisationName');
  switch (item.kind) {
    case 'service-offer-request':
      return (item.data.withdrawn === true ? words.withdrawn : words.request)(actor, organisation, title);
    case 'service-offer-answered':
      return words.answered(organisation, title, item.data.accepted === true);
    case 'procurement-purchase-opened':
      return words.opened(organisation, title);
    case 'procurement-radar-match':
      return words.radar(title, field(item.data, 'mine'));
    default:
      return null;
  }
}
