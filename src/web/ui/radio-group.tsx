/** One choice of a {@link RadioGroup}: its value, its label, and an optional hint beneath. */
export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string | undefined;
}

/**
 * Radio buttons in a KERN fieldset, each with its label and, where given, a hint the button names as its
 * description. Arrow keys move between them, as the browser does for buttons of one name.
 */
export function RadioGroup<V extends string>({
  id,
  legend,
  value,
  onChange,
  options,
}: {
  id: string;
  legend: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly RadioOption<V>[];
}) {
  return (
    <fieldset className="kern-fieldset">
      <legend className="kern-label">{legend}</legend>
      <div className="kern-fieldset__body">
        {options.map((option) => (
          <div className="kern-form-check" key={option.value}>
            <input
              className="kern-form-check__radio"
              type="radio"
              id={`${id}-${option.value}`}
              name={`${id}-choice`}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
            />
            <div>
              <label className="kern-label" htmlFor={`${id}-${option.value}`}>
                {option.label}
              </label>
              {option.hint ? (
                <div className="kern-hint" id={`${id}-${option.value}-hint`}>
                  {option.hint}
                </div>
              ) : null}
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
