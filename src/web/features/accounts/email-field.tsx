import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '../../ui/text-field.tsx';

type EmailFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'label'>;

/** A person's e-mail address; `autoComplete` is `username` where it signs in. */
export function EmailField({ autoComplete = 'email', ...props }: EmailFieldProps) {
  const { t } = useTranslation();
  return <TextField {...props} label={t('fields.email')} type="email" inputMode="email" autoComplete={autoComplete} />;
}
