import { useTranslation } from 'react-i18next';
import { languageName } from '../content/languages.ts';

/** Radio buttons to pick one of a page's languages, each named in the interface language; nothing for one language. */
export function LanguageChoice(props: {
  /** Names the radio group and prefixes the inputs' IDs. */
  name: string;
  legend: string;
  languages: readonly string[];
  value: string;
  onChange: (language: string) => void;
}) {
  const { t, i18n } = useTranslation();
  if (props.languages.length < 2) return null;
  return (
    <fieldset className="kern-fieldset sharing-choice">
      <legend className="kern-label">{props.legend}</legend>
      <div className="kern-fieldset__body sharing-choice__options sharing-choice__options--row">
        {props.languages.map((tag) => (
          <div className="kern-form-check" key={tag}>
            <input
              className="kern-form-check__radio"
              type="radio"
              name={props.name}
              id={`${props.name}-${tag}`}
              checked={tag === props.value}
              onChange={() => props.onChange(tag)}
            />
            <label className="kern-label" htmlFor={`${props.name}-${tag}`}>
              {languageName(t, tag, i18n.language)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
