import { useTranslation } from 'react-i18next';

/** How to join (radio buttons) and whether new members' first posts wait for a moderator (a checkbox). */
export function CommunityOptions({
  idPrefix,
  joinPolicy,
  onJoinPolicy,
  approveFirstPosts,
  onApproveFirstPosts,
}: {
  idPrefix: string;
  joinPolicy: 'open' | 'request';
  onJoinPolicy: (policy: 'open' | 'request') => void;
  approveFirstPosts: boolean;
  onApproveFirstPosts: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('networkCommunities.fields.joinPolicy')}</legend>
        <div className="kern-fieldset__body">
          {(['open', 'request'] as const).map((policy) => (
            <div className="kern-form-check" key={policy}>
              <input
                className="kern-form-check__radio"
                type="radio"
                name={`${idPrefix}-policy`}
                id={`${idPrefix}-${policy}`}
                checked={joinPolicy === policy}
                onChange={() => onJoinPolicy(policy)}
              />
              <label className="kern-label" htmlFor={`${idPrefix}-${policy}`}>
                {t(`networkCommunities.policyChoice.${policy}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="kern-form-check">
        <input
          className="kern-form-check__checkbox"
          type="checkbox"
          id={`${idPrefix}-approve`}
          checked={approveFirstPosts}
          onChange={(event) => onApproveFirstPosts(event.target.checked)}
        />
        <label className="kern-label" htmlFor={`${idPrefix}-approve`}>
          {t('networkCommunities.fields.approveFirstPosts')}
        </label>
      </div>
    </>
  );
}
