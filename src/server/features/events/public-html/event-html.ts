import {
  EVENT_TIME_ZONE,
  type EventDetail,
  type SessionFile,
  sessionFileMeta,
} from '../../../../shared/contracts/events.ts';
import { pageSection, pageTitle } from '../../../platform/web-pages/frame.ts';
import { html, type SafeHtml } from '../../../platform/web-pages/html.ts';
import type { PageTexts } from '../../../platform/web-pages/texts.ts';

// A public event as the web app's EventPage draws it for a signed-out reader (src/web/features/events/
// event-page.tsx), without what needs scripts: the map and the registration form (a signed-out reader
// gets the sign-in link, as in the app).

function timeRange(texts: PageTexts, startIso: string, endIso: string): string {
  const locale = texts.language === 'en' ? 'en-GB' : 'de-DE';
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: EVENT_TIME_ZONE });
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: EVENT_TIME_ZONE });
  const dayTime = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: EVENT_TIME_ZONE,
  });
  const start = new Date(startIso);
  const end = new Date(endIso);
  return day.format(start) === day.format(end)
    ? `${day.format(start)}, ${time.format(start)}–${time.format(end)}`
    : `${dayTime.format(start)} – ${dayTime.format(end)}`;
}

const icsHref = (eventId: string, sessionId?: string) =>
  sessionId ? `/api/events/${eventId}/sessions/${sessionId}/calendar.ics` : `/api/events/${eventId}/calendar.ics`;

/** A session's files as download links (the page is only rendered for public events, whose files anyone may read). */
function sessionFiles(texts: PageTexts, files: SessionFile[]): SafeHtml | string {
  if (files.length === 0) return '';
  const locale = texts.language === 'en' ? 'en-GB' : 'de-DE';
  return html`<ul class="plain-list event-files" aria-label="${texts.t('events.files.title')}">${files.map(
    (f) =>
      html`<li><a class="kern-link" href="${f.href}" download>${f.name}</a> <span class="kern-body--small">(${sessionFileMeta(f, locale)})</span></li>`,
  )}</ul>`;
}

/** The words of the page's description (meta tag), from the event's own. */
export function describeEvent(texts: PageTexts, event: EventDetail): string {
  const when = timeRange(texts, event.startsAt, event.endsAt);
  return [when, event.placeName, event.description].filter(Boolean).join(' · ').slice(0, 300);
}

export function eventArticle(texts: PageTexts, event: EventDetail): SafeHtml {
  const { t } = texts;
  const when = timeRange(texts, event.startsAt, event.endsAt);
  const place = [event.placeName, event.address].filter(Boolean).join(', ');
  const item = (label: string, value: SafeHtml | string) =>
    html`<div class="kern-description-list-item"><dt class="kern-description-list-item__key">${label}</dt><dd class="kern-description-list-item__value">${value}</dd></div>`;
  const facts = [
    item(t('events.detail.when'), `${when} (${t('events.detail.berlin')})`),
    place ? item(t('events.detail.where'), place) : '',
    event.onlineUrl
      ? item(
          t('events.detail.online'),
          html`<a class="kern-link" href="${event.onlineUrl}" rel="noopener noreferrer">${t('events.detail.onlineLink')}</a>`,
        )
      : '',
    item(t('events.detail.organisers'), event.organisers.map((o) => o.name).join(', ')),
    item(
      t('events.detail.calendar'),
      html`<a class="kern-link" href="${icsHref(event.id)}" download>${t('events.detail.ics')}</a>`,
    ),
  ];
  const sessions =
    event.sessions.length === 0
      ? html`<p class="kern-body">${t('events.agenda.none')}</p>`
      : html`<ol class="plain-list event-agenda">${event.sessions.map(
          (s) =>
            html`<li class="event-agenda__item" id="session-${s.id}"><p class="kern-body kern-body--small">${timeRange(texts, s.startsAt, s.endsAt).split(', ').pop()}${s.room ? ` · ${s.room}` : ''}</p><h3 class="kern-heading-small">${s.title}</h3>${s.description ? html`<p class="kern-body">${s.description}</p>` : ''}${s.speakers.length > 0 ? html`<p class="kern-body">${t('events.agenda.speakers')}: ${s.speakers.map((p) => p.name).join(', ')}</p>` : ''}${sessionFiles(texts, s.files)}<p class="kern-body kern-body--small"><a class="kern-link" href="${icsHref(event.id, s.id)}" download>${t('events.agenda.ics', { title: s.title })}</a></p></li>`,
        )}</ol>`;
  const signIn = `/sign-in?next=${encodeURIComponent(`/events/${event.id}`)}`;
  return html`<div class="stack-xl">${pageTitle({ title: event.title, preline: t('events.detail.preline'), lead: when })}
${event.cancelledAt ? html`<div class="kern-alert kern-alert--danger" role="alert"><div class="kern-alert__header"><span class="kern-title">${t('events.detail.cancelled')}</span></div>${event.cancelReason ? html`<div class="kern-alert__body"><p class="kern-body">${event.cancelReason}</p></div>` : ''}</div>` : ''}
<div class="stack-sm">${event.description ? html`<p class="kern-body event-description">${event.description}</p>` : ''}<dl class="kern-description-list">${facts}</dl></div>
${pageSection(t('events.agenda.title'), sessions)}
${pageSection(t('events.register.title'), html`<p class="kern-body"><a class="kern-link" href="${signIn}">${t('events.register.signIn')}</a></p>`)}
</div>`;
}
