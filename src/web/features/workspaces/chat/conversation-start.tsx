import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonHit } from '../../../../shared/contracts/accounts.ts';
import { Button } from '../../../ui/button.tsx';
import { Form } from '../../../ui/form.tsx';
import { PersonPicker } from '../members/person-picker.tsx';
import { useOpenConversation } from './chat-queries.ts';
import { MAX_GROUP_SIZE } from './limits.ts';

/** Choose one person (a direct conversation) or up to seven (a group), then open it. */
export function ConversationStartForm({
  meId,
  known,
  onDone,
}: {
  meId: string;
  known: PersonHit[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<PersonHit[]>([]);
  const [error, setError] = useState<string | undefined>();
  const open = useOpenConversation();
  const full = chosen.length >= MAX_GROUP_SIZE - 1;
  return (
    <Form
      onValid={() => {
        if (chosen.length === 0) {
          setError(t('workspaces.conversation.chooseSomeone'));
          return;
        }
        open.mutate(
          chosen.map((p) => p.id),
          {
            onSuccess: (channel) => {
              onDone();
              void navigate({ to: '/chat/$channelId', params: { channelId: channel.id } });
            },
          },
        );
      }}
      busy={open.isPending}
      error={open.error}
      submit={t('workspaces.conversation.open')}
    >
      {full ? (
        <p className="kern-body">{t('workspaces.conversation.full', { count: MAX_GROUP_SIZE })}</p>
      ) : (
        <PersonPicker
          id="conversation-person"
          label={t('workspaces.conversation.person')}
          error={error}
          known={known}
          exclude={[meId, ...chosen.map((p) => p.id)]}
          onSelect={(person) => {
            setError(undefined);
            setChosen((list) => [...list, person]);
          }}
        />
      )}
      {chosen.length > 0 ? (
        <ul className="chosen-people" aria-label={t('workspaces.conversation.chosen')}>
          {chosen.map((person) => (
            <li key={person.id} className="chosen-people__item">
              <span>{person.name}</span>
              <Button
                variant="tertiary"
                small
                icon="close"
                onClick={() => setChosen((list) => list.filter((p) => p.id !== person.id))}
              >
                <span className="visually-hidden">{t('workspaces.conversation.remove', { name: person.name })}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </Form>
  );
}
