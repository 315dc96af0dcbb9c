import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../shared/contracts/accounts.ts';
import { TextField, type TextFieldProps } from '../../ui/text-field.tsx';

type NewPasswordFieldProps = Omit<TextFieldProps, 'type' | 'autoComplete' | 'hint'>;

/** A field for a password being chosen, with the password rules as its hint. */
export function NewPasswordField(props: NewPasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      {...props}
      hint={t('password.rules', { count: PASSWORD_MIN_LENGTH })}
      type="password"
      autoComplete="new-password"
    />
  );
}
