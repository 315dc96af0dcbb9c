import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '../../ui/text-field.tsx';

type PersonNameFieldProps = Omit<TextFieldProps, 'label' | 'autoComplete' | 'maxLength'>;

/** A person's name as others on the platform see it. */
export function PersonNameField(props: PersonNameFieldProps) {
  const { t } = useTranslation();
  return <TextField {...props} label={t('fields.name')} autoComplete="name" maxLength={200} />;
}
