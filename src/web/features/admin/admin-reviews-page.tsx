import { useTranslation } from 'react-i18next';
import { QueryState } from '../../ui/query-state.tsx';
import { useWorkbench } from '../atlas/record-queries.ts';
import { ReviewQueue } from '../atlas/workbench-page.tsx';
import { AdminPage } from './admin-layout.tsx';
import '../atlas/record.css';

/** /admin/reviews: the atlas records waiting for a platform admin's review, as on the workbench. */
export function AdminReviewsPage() {
  const { t } = useTranslation();
  const workbench = useWorkbench(true);
  return (
    <AdminPage title={t('admin.reviews.title')} lead={t('admin.reviews.lead')}>
      <QueryState query={workbench} notFound={null}>
        {(data) => <ReviewQueue items={data.review} />}
      </QueryState>
    </AdminPage>
  );
}
