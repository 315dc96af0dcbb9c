import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { controlAria, FieldError, FieldHint } from './field-parts.tsx';

interface ComboboxProps<T> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  inputValue: string;
  onInputChange: (value: string) => void;
  options: T[];
  optionKey: (option: T) => string;
  optionLabel: (option: T) => string;
  renderOption?: (option: T) => ReactNode;
  onSelect: (option: T) => void;
  /** Read politely while the list is open, e.g. "5 suggestions". */
  status: string;
}

/**
 * An editable combobox with a list of suggestions, following the ARIA Authoring Practices
 * pattern (list autocomplete without automatic selection): type to filter, ↓/↑ to move,
 * Enter to choose, Escape to close (or clear when closed), Alt+↓ to open.
 */
export function Combobox<T>({
  id,
  label,
  hint,
  error,
  optional,
  inputValue,
  onInputChange,
  options,
  optionKey,
  optionLabel,
  renderOption,
  onSelect,
  status,
}: ComboboxProps<T>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLDivElement>(null);
  const listId = `${id}-listbox`;
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (active >= options.length) setActive(options.length - 1);
  }, [options.length, active]);

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  function choose(index: number) {
    const option = options[index];
    if (option === undefined) return;
    onSelect(option);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) {
          setOpen(true);
          return;
        }
        if (!open) {
          setOpen(true);
          setActive(count > 0 ? 0 : -1);
        } else if (count > 0) {
          setActive((a) => (a + 1) % count);
        }
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(count - 1);
        } else if (count > 0) {
          setActive((a) => (a <= 0 ? count - 1 : a - 1));
        }
        return;
      case 'Enter':
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(active);
        }
        return;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (inputValue) {
          event.preventDefault();
          onInputChange('');
        }
        return;
      case 'Tab':
        setOpen(false);
        return;
      default:
        return;
    }
  }

  return (
    <div className={`kern-form-input combobox${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id} id={`${id}-label`}>
        {label}
        {optional ? <span className="kern-label__optional"> – {t('form.optional')}</span> : null}
      </label>
      <FieldHint id={id} hint={hint} />
      <div className="combobox__control">
        <input
          id={id}
          name={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          {...controlAria(id, hint, error)}
          value={inputValue}
          onChange={(event) => {
            onInputChange(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            setOpen(false);
            setActive(-1);
          }}
          onClick={() => setOpen(true)}
        />
        <div
          ref={listRef}
          id={listId}
          role="listbox"
          // Its own name, not the field's: tools that find fields by label must find only the input.
          aria-label={t('combobox.suggestions')}
          className="combobox__listbox"
          hidden={!expanded}
        >
          {options.map((option, index) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options are reached with aria-activedescendant; focus stays in the input
            <div
              key={optionKey(option)}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={`combobox__option${index === active ? ' combobox__option--active' : ''}`}
              // Keep focus in the input: choosing with the mouse must not blur (and close) first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
              onKeyDown={() => undefined}
            >
              {renderOption ? renderOption(option) : optionLabel(option)}
            </div>
          ))}
        </div>
      </div>
      <div className="kern-sr-only" role="status" aria-live="polite">
        {open ? status : ''}
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}
