import type { Contributions } from '../../../shared/contracts/account-deletion.ts';

/** Keep or delete what the person wrote: two radio buttons in a fieldset, each with its hint. */
export function ContributionsChoice({
  id,
  legend,
  value,
  onChange,
  labels,
}: {
  id: string;
  legend: string;
  value: Contributions;
  onChange: (value: Contributions) => void;
  labels: Record<Contributions, { label: string; hint?: string }>;
}) {
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{legend}</legend>
      <div className="kern-fieldset__body">
        {(['keep', 'delete'] as const).map((choice) => (
          <div className="kern-form-check" key={choice}>
            <input
              className="kern-form-check__radio"
              type="radio"
              id={`${id}-${choice}`}
              name={`${id}-contributions`}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
              aria-describedby={labels[choice].hint ? `${id}-${choice}-hint` : undefined}
            />
            <div>
              <label className="kern-label" htmlFor={`${id}-${choice}`}>
                {labels[choice].label}
              </label>
              {labels[choice].hint ? (
                <div className="kern-hint" id={`${id}-${choice}-hint`}>
                  {labels[choice].hint}
                </div>
              ) : null}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
