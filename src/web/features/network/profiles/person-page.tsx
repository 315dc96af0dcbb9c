import { getRouteApi, Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Expertise,
  NETWORK_PROFILE_LIMITS,
  type PersonProfile,
} from '../../../../shared/contracts/network-profiles.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { DescriptionList } from '../../../ui/description-list.tsx';
import { Form } from '../../../ui/form.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { useFormErrors } from '../../../ui/use-form-errors.ts';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { Counts, LevelBadge, ProofList } from './expertise-parts.tsx';
import { useEndorse, usePersonProfile, useWithdrawEndorsement } from './profile-queries.ts';
import './profiles.css';

const route = getRouteApi('/network/people/$personId');

/** /network/people/$personId: a person's profile, as far as they show it to me; endorsing their expertise. */
export function PersonPage() {
  const { personId } = route.useParams();
  return <RequireSignIn>{() => <Person personId={personId} />}</RequireSignIn>;
}

function Person({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const profile = usePersonProfile(personId);
  return (
    <QueryState
      query={profile}
      notFound={
        <>
          <PageTitle>{t('networkProfiles.person.notFound')}</PageTitle>
          <p className="kern-body">{t('networkProfiles.person.notFoundText')}</p>
        </>
      }
    >
      {(data) => <PersonView profile={data} />}
    </QueryState>
  );
}

function PersonView({ profile }: { profile: PersonProfile }) {
  const { t, i18n } = useTranslation();
  const details = profile.details;
  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' });
  return (
    <>
      <PageTitle preline={t('networkProfiles.preline')} lead={details?.jobTitle || undefined}>
        {profile.name}
      </PageTitle>
      {profile.isMe ? (
        <p className="kern-body">
          <Link className="kern-link" to="/network/profile">
            {t('networkProfiles.person.edit')}
          </Link>
        </p>
      ) : null}
      <DescriptionList
        items={[
          {
            key: 'organisation',
            label: t('networkProfiles.person.organisation'),
            value: profile.organisation
              ? [profile.organisation.name, profile.organisation.landName].filter(Boolean).join(', ')
              : t('networkProfiles.person.noOrganisation'),
          },
          ...(details
            ? [
                { key: 'department', label: t('networkProfiles.form.department'), value: details.department || '–' },
                {
                  key: 'languages',
                  label: t('networkProfiles.form.languages'),
                  value: details.languages.map((code) => languageNames.of(code) ?? code).join(', ') || '–',
                },
                {
                  key: 'phone',
                  label: t('networkProfiles.form.phone'),
                  value: details.phone ? (
                    <a className="kern-link" href={`tel:${details.phone.replace(/[^0-9+]/g, '')}`}>
                      {details.phone}
                    </a>
                  ) : (
                    '–'
                  ),
                },
              ]
            : []),
        ]}
      />
      {details === null ? (
        <Alert variant="info" title={t('networkProfiles.person.hiddenTitle')}>
          <p className="kern-body">{t('networkProfiles.person.hiddenText')}</p>
        </Alert>
      ) : (
        <>
          {details.about ? (
            <Section title={t('networkProfiles.form.about')}>
              <p className="kern-body np-about">{details.about}</p>
            </Section>
          ) : null}
          <Section title={t('networkProfiles.mine.expertise')}>
            {details.expertise.length === 0 ? (
              <p className="kern-body">{t('networkProfiles.person.noExpertise')}</p>
            ) : (
              <ul className="plain-list np-expertise-list">
                {details.expertise.map((item) => (
                  <ExpertiseItem key={item.tag.id} item={item} profile={profile} />
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </>
  );
}

function ExpertiseItem({ item, profile }: { item: Expertise; profile: PersonProfile }) {
  const { t } = useTranslation();
  return (
    <li className="np-expertise">
      <h3 className="kern-heading-small np-expertise__name">
        {item.tag.name} <LevelBadge level={item.level} />
      </h3>
      <Counts endorsements={item.endorsementCount} accepted={item.acceptedAnswerCount} />
      <ProofList expertise={item} />
      {item.endorsements.length > 0 ? (
        <ul className="np-endorsements" aria-label={t('networkProfiles.endorse.listLabel', { name: item.tag.name })}>
          {item.endorsements.map((e) => (
            <li key={e.endorser.id}>
              <Link className="kern-link" to="/network/people/$personId" params={{ personId: e.endorser.id }}>
                {e.endorser.name}
              </Link>
              {e.note ? <span>: „{e.note}“</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {profile.isMe ? null : <Endorse personId={profile.id} item={item} />}
    </li>
  );
}

function Endorse({ personId, item }: { personId: string; item: Expertise }) {
  const { t } = useTranslation();
  const id = useId().replace(/:/g, '');
  const form = useFormErrors(`endorse-${id}`);
  const [note, setNote] = useState('');
  const endorse = useEndorse(personId);
  const withdraw = useWithdrawEndorsement(personId);
  if (item.endorsedByMe) {
    return (
      <div>
        <ProblemAlert error={withdraw.error} />
        <Button variant="tertiary" small busy={withdraw.isPending} onClick={() => withdraw.mutate(item.tag.id)}>
          {t('networkProfiles.endorse.withdraw', { name: item.tag.name })}
        </Button>
      </div>
    );
  }
  return (
    <details className="np-endorse">
      <summary className="kern-link">{t('networkProfiles.endorse.open', { name: item.tag.name })}</summary>
      <Form
        form={form}
        busy={endorse.isPending}
        error={endorse.error}
        submit={t('networkProfiles.endorse.submit')}
        submitVariant="secondary"
        onValid={() =>
          endorse.mutate({ tagId: item.tag.id, note }, { onError: (error) => form.failFromServer(error, ['note']) })
        }
      >
        <TextField
          id={form.id('note')}
          label={t('networkProfiles.endorse.note')}
          hint={t('networkProfiles.endorse.noteHint')}
          optional
          value={note}
          onChange={setNote}
          maxLength={NETWORK_PROFILE_LIMITS.note}
          error={form.errors.note}
        />
      </Form>
    </details>
  );
}
