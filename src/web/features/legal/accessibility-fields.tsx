import { useTranslation } from 'react-i18next';
import { type Arbitration, FEDERAL_ARBITRATION, LEGAL_LIMITS } from '../../../shared/contracts/legal.ts';
import { Button } from '../../ui/button.tsx';
import { TextArea } from '../../ui/text-area.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { FormErrors } from '../../ui/use-form-errors.ts';
import { type ArbitrationField, arbitrationField, type LegalDraft } from './legal-draft.ts';

interface Props {
  form: FormErrors;
  draft: LegalDraft;
  onChange: (draft: LegalDraft) => void;
}

const LIMITS: Record<keyof Arbitration, number> = {
  name: LEGAL_LIMITS.name,
  address: LEGAL_LIMITS.address,
  phone: LEGAL_LIMITS.phone,
  email: LEGAL_LIMITS.email,
  website: LEGAL_LIMITS.website,
};

/** The accessibility statement's contacts: where to report barriers, and the Schlichtungsstelle. */
export function AccessibilityFields({ form, draft, onChange }: Props) {
  const { t } = useTranslation();
  const e = form.errors as Partial<Record<ArbitrationField | 'feedbackEmail' | 'feedbackPhone', string>>;
  const setArbitration = (key: keyof Arbitration) => (value: string) =>
    onChange({ ...draft, arbitration: { ...draft.arbitration, [key]: value } });
  const field = (key: keyof Arbitration) => arbitrationField(key);
  return (
    <>
      <section className="form-part">
        <h2 className="kern-heading-small form-part__title">{t('legal.admin.fields.feedbackPart')}</h2>
        <div className="form-part__body">
          <TextField
            id={form.id('feedbackEmail')}
            type="email"
            label={t('legal.admin.fields.feedbackEmail')}
            hint={t('legal.admin.fields.feedbackEmailHint')}
            value={draft.feedbackEmail}
            onChange={(feedbackEmail) => onChange({ ...draft, feedbackEmail })}
            error={e.feedbackEmail}
            optional
            autoComplete="email"
            maxLength={LEGAL_LIMITS.email}
          />
          <TextField
            id={form.id('feedbackPhone')}
            type="tel"
            label={t('legal.admin.fields.feedbackPhone')}
            value={draft.feedbackPhone}
            onChange={(feedbackPhone) => onChange({ ...draft, feedbackPhone })}
            error={e.feedbackPhone}
            optional
            autoComplete="tel"
            maxLength={LEGAL_LIMITS.phone}
            width="medium"
          />
        </div>
      </section>
      <section className="form-part">
        <h2 className="kern-heading-small form-part__title">{t('legal.admin.fields.arbitrationPart')}</h2>
        <div className="form-part__body">
          <p className="kern-body">{t('legal.admin.fields.arbitrationHint')}</p>
          <TextArea
            id={form.id(field('name'))}
            label={t('legal.admin.fields.arbitrationName')}
            value={draft.arbitration.name}
            onChange={setArbitration('name')}
            error={e.arbitrationName}
            rows={3}
            maxLength={LIMITS.name}
          />
          <TextArea
            id={form.id(field('address'))}
            label={t('legal.admin.fields.arbitrationAddress')}
            value={draft.arbitration.address}
            onChange={setArbitration('address')}
            error={e.arbitrationAddress}
            optional
            rows={3}
            maxLength={LIMITS.address}
          />
          <TextField
            id={form.id(field('phone'))}
            type="tel"
            label={t('legal.admin.fields.arbitrationPhone')}
            value={draft.arbitration.phone}
            onChange={setArbitration('phone')}
            error={e.arbitrationPhone}
            optional
            maxLength={LIMITS.phone}
            width="medium"
          />
          <TextField
            id={form.id(field('email'))}
            type="email"
            label={t('legal.admin.fields.arbitrationEmail')}
            value={draft.arbitration.email}
            onChange={setArbitration('email')}
            error={e.arbitrationEmail}
            optional
            maxLength={LIMITS.email}
          />
          <TextField
            id={form.id(field('website'))}
            type="url"
            label={t('legal.admin.fields.arbitrationWebsite')}
            value={draft.arbitration.website}
            onChange={setArbitration('website')}
            error={e.arbitrationWebsite}
            optional
            maxLength={LIMITS.website}
          />
          <div className="kern-btn-wrapper">
            <Button
              variant="secondary"
              small
              onClick={() => onChange({ ...draft, arbitration: { ...FEDERAL_ARBITRATION } })}
            >
              {t('legal.admin.fields.federal')}
            </Button>
          </div>
        </div>
      </section>
    </>
  );
}
