import { useTranslation } from 'react-i18next';
import type { WorkspaceVisibility } from '../../../../shared/contracts/workspaces.ts';

const VISIBILITIES: WorkspaceVisibility[] = ['members', 'owner', 'platform'];

/** Who may find the workspace, as radio buttons each with a sentence saying what it means. */
export function VisibilityChoice({
  id,
  value,
  onChange,
}: {
  id: string;
  value: WorkspaceVisibility;
  onChange: (value: WorkspaceVisibility) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{t('workspaces.create.visibility')}</legend>
      <div className="kern-fieldset__body">
        {VISIBILITIES.map((visibility) => (
          <div key={visibility} className="kern-form-check">
            <input
              className="kern-form-check__radio"
              type="radio"
              name={id}
              id={`${id}-${visibility}`}
              checked={value === visibility}
              onChange={() => onChange(visibility)}
              aria-describedby={`${id}-${visibility}-hint`}
            />
            <div className="visibility-choice__text">
              <label className="kern-label" htmlFor={`${id}-${visibility}`}>
                {t(`workspaces.visibility.${visibility}`)}
              </label>
              <div className="kern-hint" id={`${id}-${visibility}-hint`}>
                {t(`workspaces.visibilityHint.${visibility}`)}
              </div>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
