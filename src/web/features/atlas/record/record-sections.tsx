import { useTranslation } from 'react-i18next';
import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import { useContentLang } from '../../../ui/content-language.ts';
import { Section } from '../../../ui/section.tsx';

export const SECTION_FIELDS = ['description', 'currentStatus', 'lessonsLearned', 'furtherInformation'] as const;
export type SectionField = (typeof SECTION_FIELDS)[number];

/** Whether sanitised section HTML holds any text (an editor leaves `<p></p>` behind when emptied). */
export function hasText(html: string): boolean {
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim() !== ''
  );
}

/**
 * The four text sections. Their HTML was sanitised by the server on save (no scripts, no event
 * handlers, no foreign frames), which is why it may be set as HTML here.
 */
export function RecordSections({ record }: { record: Cooperation }) {
  const { t } = useTranslation();
  const lang = useContentLang();
  const filled = SECTION_FIELDS.filter((field) => hasText(record[field]));
  if (filled.length === 0) return null;
  return (
    <>
      {filled.map((field) => (
        <Section key={field} title={t(`atlas.record.sections.${field}`)}>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server on every save */}
          <div className="rich-text" lang={lang} dangerouslySetInnerHTML={{ __html: record[field] }} />
        </Section>
      ))}
    </>
  );
}
