import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';

interface PaginationProps {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
  label?: string;
}

/** Previous/next paging for long lists, with "page n of m". */
export function Pagination({ total, limit, offset, onChange, label }: PaginationProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label ?? t('pagination.label')}>
      <Button
        variant="secondary"
        icon="chevron-left"
        busy={page <= 1}
        aria-disabled={page <= 1}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t('pagination.previous')}
      </Button>
      <p className="kern-body pagination__status">{t('pagination.status', { page, pages })}</p>
      <Button
        variant="secondary"
        busy={page >= pages}
        aria-disabled={page >= pages}
        onClick={() => onChange(offset + limit)}
      >
        {t('pagination.next')}
      </Button>
    </nav>
  );
}
