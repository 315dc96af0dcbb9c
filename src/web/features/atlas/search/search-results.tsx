import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { SECTOR_COLOURS } from '../../../../shared/atlas/cofog.ts';
import type { SearchHit } from '../../../../shared/contracts/atlas.ts';
import { Badge } from '../../../ui/badge.tsx';
import { useContentLang } from '../../../ui/content-language.ts';
import { landLabel } from '../../organisations/laender.ts';
import { RecordBadges } from '../record-badges.tsx';
import { legalFormLabel, sectorLabel, statusLabel } from '../record-labels.ts';
import { Highlighted } from './search-highlight.tsx';

const PARTNERS_SHOWN = 5;

/** Where the words matched; without a match in the text the record's own summary says more. */
function snippetOf(hit: SearchHit): string {
  return hit.snippet.includes('<mark>') || !hit.summary ? hit.snippet : hit.summary;
}

/** The hits of one page: title (a link to the record), where the words matched, and the key facts. */
export function SearchResults({ hits, id, labelledBy }: { hits: SearchHit[]; id: string; labelledBy: string }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  return (
    <ol className="atlas-hits" id={id} aria-labelledby={labelledBy} tabIndex={-1}>
      {hits.map((hit) => (
        <li key={hit.id} className="atlas-hit">
          <p className="kern-preline atlas-hit__sector">
            <span className="atlas-hit__swatch" style={{ background: SECTOR_COLOURS[hit.sector] ?? '#4b5275' }} />
            {sectorLabel(t, hit.sector)}
          </p>
          <h3 className="kern-heading-small atlas-hit__title" lang={lang}>
            <Link className="kern-link" to="/atlas/$slug" params={{ slug: hit.slug }}>
              <Highlighted text={hit.titleHighlighted || hit.title} />
            </Link>
          </h3>
          {snippetOf(hit) ? (
            <p className="kern-body atlas-hit__snippet" lang={lang}>
              <Highlighted text={snippetOf(hit)} />
            </p>
          ) : null}
          <p className="kern-body kern-body--small atlas-hit__facts">
            {hit.landCodes.length > 0 ? (
              <span>{hit.landCodes.map((code) => landLabel(t, code)).join(', ')}</span>
            ) : null}
            <span>{legalFormLabel(t, hit.legalForm)}</span>
            {hit.startYear ? <span>{t('atlas.search.since', { year: hit.startYear })}</span> : null}
            <span>{statusLabel(t, hit.status)}</span>
          </p>
          {hit.partnerNames.length > 0 ? (
            <p className="kern-body kern-body--small atlas-hit__partners">
              <span className="atlas-hit__partners-label">{t('atlas.search.partners')}:</span>{' '}
              {hit.partnerNames.slice(0, PARTNERS_SHOWN).join(', ')}
              {hit.partnerNames.length > PARTNERS_SHOWN
                ? ` ${t('atlas.search.morePartners', { count: hit.partnerNames.length - PARTNERS_SHOWN })}`
                : ''}
            </p>
          ) : null}
          {hit.transferable || hit.synthetic || hit.state !== 'published' ? (
            <p className="atlas-hit__badges">
              {hit.transferable ? <Badge variant="success">{t('atlas.search.transferableBadge')}</Badge> : null}
              <RecordBadges state={hit.state} synthetic={hit.synthetic} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
