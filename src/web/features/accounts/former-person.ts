import type { TFunction } from 'i18next';
import { FORMER_PERSON_NAME } from '../../../shared/contracts/account-deletion.ts';

/** A person's name as shown: a deleted account's row reads "ehemalige Person" / "former member" in the reader's language. */
export function personName(t: TFunction, name: string): string {
  return name === FORMER_PERSON_NAME ? t('accountDeletion.formerPerson') : name;
}
