import { html, type SafeHtml } from './html.ts';
import type { PageTexts } from './texts.ts';

// The frame the web app draws around every page (ui/app-frame.tsx, ui/site-header.tsx,
// features/shell/*), as plain HTML with the same classes and landmarks, so a page rendered here looks
// like the app before its scripts run and keeps its place when the app takes over. What needs
// scripts (search box, language switch, account menu) is left out; the menu button of narrow
// screens is a link to the menu, which opens as the link's target.

export type NavArea = 'start' | 'organisations' | 'alliances' | 'atlas';

const NAV: Array<{ area: NavArea; href: string; label: string }> = [
  { area: 'start', href: '/', label: 'nav.start' },
  { area: 'organisations', href: '/organisations', label: 'nav.organisations' },
  { area: 'alliances', href: '/alliances', label: 'nav.alliances' },
  { area: 'atlas', href: '/atlas', label: 'nav.atlas' },
];

const icon = (name: string) => html`<span class="kern-icon kern-icon--${name}" aria-hidden="true"></span>`;

const KOPFZEILE_FLAG = html`<svg viewBox="0 0 24 16" width="24" height="16" focusable="false"><rect width="24" height="5.34" y="0" fill="#000"></rect><rect width="24" height="5.33" y="5.33" fill="#D00"></rect><rect width="24" height="5.34" y="10.66" fill="#FFCE00"></rect></svg>`;

const BRAND_MARK = html`<svg class="brand__mark" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false"><rect width="40" height="40" rx="6" fill="var(--kern-color-action-default, #1A3DA5)"></rect><path d="M8 31h24" stroke="#fff" stroke-width="2.5" stroke-linecap="round"></path><path d="M13 22l7-10 7 10" stroke="#fff" stroke-width="2.5" fill="none" stroke-linejoin="round"></path><circle cx="13" cy="22" r="3.5" fill="#fff"></circle><circle cx="20" cy="12" r="3.5" fill="#fff"></circle><circle cx="27" cy="22" r="3.5" fill="#fff"></circle></svg>`;

function header({ t }: PageTexts, current: NavArea | null, signInNext: string | null): SafeHtml {
  const signIn = signInNext ? `/sign-in?next=${encodeURIComponent(signInNext)}` : '/sign-in';
  const links = NAV.map(
    (item) =>
      html`<li><a class="main-nav__link" href="${item.href}"${item.area === current ? html` aria-current="page"` : ''}>${t(item.label)}</a></li>`,
  );
  return html`<header class="site-header">
<div class="kern-kopfzeile"><div class="kern-container"><div class="kern-kopfzeile__content"><span class="kern-kopfzeile__flagge" aria-hidden="true">${KOPFZEILE_FLAG}</span><span class="kern-kopfzeile__label">${t('kopfzeile')}</span></div></div></div>
<div class="kern-container site-header__inner">
<a href="/" class="brand">${BRAND_MARK}<span class="brand__text"><span class="brand__name">${t('app.name')}</span><span class="brand__claim">${t('app.claim')}</span></span><span class="visually-hidden">${t('nav.home')}</span></a>
<a class="kern-btn kern-btn--secondary site-header__toggle" href="#page-menu">${icon('dehaze')}<span class="kern-label">${t('nav.menu')}</span></a>
<div id="page-menu" class="site-header__menu">
<div class="site-header__tools"><div class="header-auth"><a class="kern-btn kern-btn--secondary" href="${signIn}">${icon('account-circle')}<span class="kern-label">${t('nav.signIn')}</span></a><a class="kern-btn kern-btn--tertiary" href="/register"><span class="kern-label">${t('nav.register')}</span></a></div></div>
<div class="site-header__nav"><nav class="main-nav" aria-label="${t('nav.label')}"><ul class="main-nav__list">${links}</ul></nav></div>
</div>
</div>
</header>`;
}

/** The legal pages every page links (as features/shell/site-footer.tsx does), then the API documentation. */
const LEGAL_LINKS = [
  ['/impressum', 'impressum'],
  ['/datenschutz', 'datenschutz'],
  ['/barrierefreiheit', 'barrierefreiheit'],
  ['/leichte-sprache', 'leichteSprache'],
] as const;

function footer({ t }: PageTexts): SafeHtml {
  const links = LEGAL_LINKS.map(
    ([href, key]) =>
      html`<li><a class="kern-link kern-link--small" href="${href}">${t(`legal.footer.${key}`)}</a></li>`,
  );
  return html`<footer class="site-footer"><div class="kern-container site-footer__inner">
<p class="kern-body kern-body--small"><strong>${t('app.name')}</strong> – ${t('footer.claim')}</p>
<nav aria-label="${t('legal.footer.label')}"><ul class="plain-list site-footer__links">${links}<li><a class="kern-link kern-link--small" href="/developers">${t('footer.api')}</a></li></ul></nav>
<p class="kern-body kern-body--small site-footer__attribution">${t('footer.attribution')}</p>
</div></footer>`;
}

export interface FrameInput {
  /** The area of the main navigation this page belongs to. */
  current: NavArea | null;
  /** Where sign-in leads back to. */
  signInNext?: string | null;
  main: SafeHtml;
}

/** Skip link, header, the one `<main>` and footer around a page's content, as the app has them. */
export function pageFrame(texts: PageTexts, input: FrameInput): SafeHtml {
  return html`<div class="app">
<a class="skip-link" href="#main-content">${texts.t('skipLink')}</a>
${header(texts, input.current, input.signInNext ?? null)}
<main id="main-content" class="app__main" tabindex="-1"><div class="kern-container">
${input.main}
</div></main>
${footer(texts)}
</div>`;
}

/** The `<h1>` block of a page (ui/page-title.tsx); `lang` marks a title in another language than the page. */
export function pageTitle(input: {
  title: string;
  preline?: string | undefined;
  lead?: string | undefined;
  lang?: string | undefined;
}): SafeHtml {
  const lang = input.lang ? html` lang="${input.lang}"` : '';
  return html`<div class="page-title"><div class="kern-hgroup">${input.preline ? html`<p class="kern-preline">${input.preline}</p>` : ''}<h1 class="kern-heading-large" tabindex="-1" data-page-title=""${lang}>${input.title}</h1></div>${input.lead ? html`<p class="kern-body kern-body--large page-title__lead"${lang}>${input.lead}</p>` : ''}</div>`;
}

/** A titled region (ui/section.tsx). */
export function pageSection(title: string | SafeHtml, content: SafeHtml | SafeHtml[]): SafeHtml {
  return html`<section class="page-section"><div class="page-section__header"><h2 class="kern-heading-medium">${title}</h2></div>${content}</section>`;
}

/** "Not found" inside a page (features/shell/not-found-page.tsx), with an optional line below. */
export function notFoundContent(texts: PageTexts, title: string, extra: SafeHtml | '' = ''): SafeHtml {
  const { t } = texts;
  return html`<div class="narrow-page">${pageTitle({ title, lead: t('notFound.lead') })}<p class="kern-body">${t('notFound.help')}</p><div class="kern-btn-wrapper spaced"><a class="kern-btn kern-btn--primary" href="/">${icon('home')}<span class="kern-label">${t('notFound.home')}</span></a><a class="kern-btn kern-btn--secondary" href="/search">${icon('search')}<span class="kern-label">${t('notFound.search')}</span></a></div></div>${extra}`;
}
