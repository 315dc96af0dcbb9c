import { useTranslation } from 'react-i18next';
import { TextArea, type TextAreaProps } from '../../ui/text-area.tsx';
import { TextField, type TextFieldProps } from '../../ui/text-field.tsx';

type WebsiteFieldProps = Omit<TextFieldProps, 'label' | 'type' | 'inputMode' | 'optional' | 'maxLength'>;

/** The optional web address of an organisation or alliance; `checkWebsite` checks it. */
export function WebsiteField(props: WebsiteFieldProps) {
  const { t } = useTranslation();
  return <TextField {...props} label={t('fields.website')} type="url" inputMode="url" optional maxLength={500} />;
}

type DescriptionFieldProps = Omit<TextAreaProps, 'label' | 'optional' | 'maxLength'>;

/** The optional free-text description of an organisation or alliance. */
export function DescriptionField(props: DescriptionFieldProps) {
  const { t } = useTranslation();
  return <TextArea {...props} label={t('fields.description')} optional maxLength={5000} />;
}

type OrganisationNameFieldProps = Omit<TextFieldProps, 'label' | 'maxLength'>;

/** The name of an organisation added by hand (the official directory's names are fixed). */
export function OrganisationNameField(props: OrganisationNameFieldProps) {
  const { t } = useTranslation();
  return <TextField {...props} label={t('fields.organisationName')} maxLength={200} />;
}
