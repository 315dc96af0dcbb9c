import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Form } from '../../ui/form.tsx';
import { Section } from '../../ui/section.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useFormErrors } from '../../ui/use-form-errors.ts';
import { LicenceLink } from './licence-link.tsx';
import { CONTENT_LICENCES, isContentLicence, licenceName, licenceSummary } from './licences.ts';
import { useSharePage } from './sharing-queries.ts';
import type { Adoption, ContentLicence, SharedWith, SharingContentPage } from './sharing-types.ts';

const AUDIENCES = ['none', 'platform', 'alliances'] as const;
type Audience = (typeof AUDIENCES)[number];

const audienceOf = (sharedWith: SharedWith | null): Audience => sharedWith ?? 'none';

/**
 * Whether the change takes the page away from organisations that may link it: stopping, or narrowing
 * every organisation down to the alliances. Their links become copies of their own.
 */
export function endsLinks(from: SharedWith | null, to: Audience): boolean {
  if (from === null) return false;
  return to === 'none' || (from === 'platform' && to === 'alliances');
}

/** The page's audience and licence, with a warning before links of other organisations are ended. */
export function ShareForm({ page, adoptions }: { page: SharingContentPage; adoptions: Adoption[] | undefined }) {
  const { t } = useTranslation();
  const form = useFormErrors('share');
  const share = useSharePage(page.id);
  const [audience, setAudience] = useState<Audience>(audienceOf(page.sharing.sharedWith));
  const [licence, setLicence] = useState<ContentLicence | ''>(page.sharing.licence ?? '');
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const warningRef = useRef<HTMLDivElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const links = (adoptions ?? []).filter((a) => a.mode === 'link').length;

  useEffect(() => {
    if (confirming) warningRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  function send() {
    setConfirming(false);
    const sharedWith = audience === 'none' ? null : audience;
    share.mutate(sharedWith ? { sharedWith, licence: licence || undefined } : { sharedWith: null }, {
      onSuccess: (updated) => {
        setSaved(
          updated.sharing.sharedWith && updated.sharing.licence
            ? t(`contentSharing.share.nowShared.${updated.sharing.sharedWith}`, {
                licence: licenceName(t, updated.sharing.licence),
              })
            : t('contentSharing.share.nowNotShared'),
        );
      },
      onError: (error) => form.failFromServer(error, ['licence']),
    });
  }

  function onValid() {
    setSaved(null);
    if (links > 0 && endsLinks(page.sharing.sharedWith, audience)) setConfirming(true);
    else send();
  }

  return (
    <Section title={t('contentSharing.share.title')}>
      <p className="kern-body">{t('contentSharing.share.intro')}</p>
      {saved ? (
        <div ref={savedRef} tabIndex={-1} className="sharing-flash">
          <Alert variant="success" role="status" title={t('contentSharing.share.saved')}>
            <p className="kern-body">{saved}</p>
          </Alert>
        </div>
      ) : null}
      <Form
        form={form}
        busy={share.isPending}
        error={share.error}
        check={() => ({
          licence: audience !== 'none' && !licence ? t('contentSharing.share.licenceMissing') : undefined,
        })}
        onValid={onValid}
        submit={t('contentSharing.share.submit')}
        submitRef={submitRef}
      >
        <fieldset className="kern-fieldset sharing-choice">
          <legend className="kern-label">{t('contentSharing.share.audienceLegend')}</legend>
          <div className="kern-fieldset__body sharing-choice__options">
            {AUDIENCES.map((value, index) => {
              const id = index === 0 ? form.id('audience') : `${form.id('audience')}-${value}`;
              return (
                <div className="kern-form-check sharing-choice__option" key={value}>
                  <input
                    className="kern-form-check__radio"
                    type="radio"
                    name="share-audience"
                    id={id}
                    value={value}
                    checked={audience === value}
                    onChange={() => {
                      setAudience(value);
                      setConfirming(false);
                    }}
                    aria-describedby={`${id}-hint`}
                  />
                  <div className="sharing-choice__text">
                    <label className="kern-label" htmlFor={id}>
                      {t(`contentSharing.share.audience.${value}`)}
                    </label>
                    <p className="kern-hint sharing-choice__hint" id={`${id}-hint`}>
                      {t(`contentSharing.share.audience.${value}Hint`)}
                    </p>
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
        {audience === 'none' ? null : (
          <div className="sharing-licence">
            <SelectField
              id={form.id('licence')}
              label={t('contentSharing.share.licence')}
              hint={t('contentSharing.share.licenceHint')}
              value={licence}
              onChange={(value) => setLicence(isContentLicence(value) ? value : '')}
              error={form.errors.licence}
              options={[
                { value: '', label: t('contentSharing.share.licenceChoose') },
                ...CONTENT_LICENCES.map((l) => ({ value: l, label: licenceName(t, l) })),
              ]}
            />
            <dl className="sharing-licences">
              {CONTENT_LICENCES.map((l) => (
                <div key={l}>
                  <dt>
                    <LicenceLink licence={l} />
                  </dt>
                  <dd>{licenceSummary(t, l)}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}
        {confirming ? (
          <div ref={warningRef} tabIndex={-1} className="sharing-flash">
            <Alert
              variant="warning"
              title={t('contentSharing.share.warningTitle', { count: links })}
              id="share-warning"
            >
              <p className="kern-body">
                {audience === 'none' ? t('contentSharing.share.warningStop') : t('contentSharing.share.warningNarrow')}
              </p>
              <div className="kern-btn-wrapper">
                <Button busy={share.isPending} onClick={send}>
                  {audience === 'none'
                    ? t('contentSharing.share.confirmStop')
                    : t('contentSharing.share.confirmNarrow')}
                </Button>
                <Button
                  variant="tertiary"
                  onClick={() => {
                    setConfirming(false);
                    submitRef.current?.focus();
                  }}
                >
                  {t('common.cancel')}
                </Button>
              </div>
            </Alert>
          </div>
        ) : null}
      </Form>
    </Section>
  );
}
