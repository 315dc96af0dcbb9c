import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventQuestion, QuestionKind } from '../../../shared/contracts/events.ts';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { Checkbox } from './checkbox.tsx';

/** The organiser's questions to each registration: text, a choice, or yes/no. */
export function QuestionsEditor({
  id,
  error,
  questions,
  onChange,
}: {
  id: string;
  error?: string | undefined;
  questions: EventQuestion[];
  onChange: (questions: EventQuestion[]) => void;
}) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<QuestionKind>('text');
  const [options, setOptions] = useState('');
  const [required, setRequired] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  function add() {
    const choices = options
      .split(/[;\n]/)
      .map((o) => o.trim())
      .filter(Boolean);
    if (!label.trim()) return setProblem(t('events.form.required'));
    if (kind === 'choice' && choices.length < 2) return setProblem(t('events.questions.twoOptions'));
    const used = new Set(questions.map((q) => q.id));
    let n = questions.length + 1;
    while (used.has(`q${n}`)) n += 1;
    onChange([
      ...questions,
      { id: `q${n}`, label: label.trim(), kind, required, ...(kind === 'choice' ? { options: choices } : {}) },
    ]);
    setLabel('');
    setOptions('');
    setRequired(false);
    setProblem(undefined);
  }

  return (
    <fieldset className="kern-fieldset" id={id}>
      <legend className="kern-label">{t('events.questions.title')}</legend>
      <div className="kern-fieldset__body event-questions">
        {error ? <p className="kern-error">{error}</p> : null}
        {questions.length > 0 ? (
          <ul className="plain-list stack-sm">
            {questions.map((q) => (
              <li key={q.id}>
                <strong>{q.label}</strong> ({t(`events.questions.kind.${q.kind}`)}
                {q.required ? `, ${t('events.questions.required')}` : ''})
                {q.options?.length ? `: ${q.options.join(', ')}` : ''}{' '}
                <Button
                  variant="tertiary"
                  small
                  icon="delete"
                  onClick={() => onChange(questions.filter((x) => x.id !== q.id))}
                >
                  {t('events.questions.remove', { label: q.label })}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="kern-body kern-body--small">{t('events.questions.none')}</p>
        )}
        <TextField
          id={`${id}-label`}
          label={t('events.questions.label')}
          optional
          value={label}
          onChange={setLabel}
          error={problem}
        />
        <SelectField
          id={`${id}-kind`}
          label={t('events.questions.kindLabel')}
          value={kind}
          onChange={(value) => setKind(value as QuestionKind)}
          options={(['text', 'choice', 'yesno'] as const).map((k) => ({
            value: k,
            label: t(`events.questions.kind.${k}`),
          }))}
        />
        {kind === 'choice' ? (
          <TextField
            id={`${id}-options`}
            label={t('events.questions.options')}
            hint={t('events.questions.optionsHint')}
            value={options}
            onChange={setOptions}
          />
        ) : null}
        <Checkbox
          id={`${id}-required`}
          label={t('events.questions.required')}
          checked={required}
          onChange={setRequired}
        />
        <div>
          <Button variant="secondary" icon="add" onClick={add}>
            {t('events.questions.add')}
          </Button>
        </div>
      </div>
    </fieldset>
  );
}
