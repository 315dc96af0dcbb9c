import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_LIMITS, type Speaker } from '../../../../shared/contracts/events.ts';
import { Button } from '../../../ui/button.tsx';
import { FieldError } from '../../../ui/field-parts.tsx';
import { TextField } from '../../../ui/text-field.tsx';
import { PersonPicker } from '../../workspaces/members/person-picker.tsx';

/**
 * The speakers of a session, in order: a person of the platform (found with the people picker the
 * workspaces use, linked to their profile) or a name without a profile (a guest). Each is removed by
 * its own button, named with the speaker; focus stays in the editor after every change.
 */
export function SpeakersEditor({
  id,
  speakers,
  onChange,
  error,
}: {
  id: string;
  speakers: Speaker[];
  onChange: (speakers: Speaker[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [guest, setGuest] = useState('');
  const [guestError, setGuestError] = useState<string | undefined>();
  const [said, setSaid] = useState('');
  const pickerId = `${id}-person`;
  const listRef = useRef<HTMLUListElement>(null);
  const full = speakers.length >= EVENT_LIMITS.speakers;

  const add = (speaker: Speaker) => {
    onChange([...speakers, speaker]);
    setSaid(t('events.speakers.added', { name: speaker.name }));
  };
  const remove = (index: number) => {
    const gone = speakers[index];
    onChange(speakers.filter((_, i) => i !== index));
    setSaid(gone ? t('events.speakers.removed', { name: gone.name }) : '');
    // The button pressed is gone: go to the next speaker's, else back to the picker.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll('button');
      const next = buttons?.[Math.min(index, (buttons?.length ?? 1) - 1)];
      (next ?? document.getElementById(pickerId))?.focus();
    });
  };
  const addGuest = () => {
    const name = guest.replace(/\s+/g, ' ').trim();
    if (name === '') {
      setGuestError(t('events.speakers.nameNeeded'));
      return;
    }
    if (speakers.some((s) => s.personId === null && s.name === name)) {
      setGuestError(t('events.speakers.listed', { name }));
      return;
    }
    setGuestError(undefined);
    setGuest('');
    add({ personId: null, name });
  };

  return (
    <fieldset className="kern-fieldset event-speakers" id={id}>
      <legend className="kern-label">
        {t('events.sessions.speakers')}
        <span className="kern-label__optional"> – {t('form.optional')}</span>
      </legend>
      <FieldError id={id} error={error} />
      {speakers.length === 0 ? (
        <p className="kern-body kern-body--small">{t('events.speakers.none')}</p>
      ) : (
        <ul className="plain-list event-speakers__list" ref={listRef}>
          {speakers.map((speaker, index) => (
            <li key={speaker.personId ?? `guest-${speaker.name}`} className="event-speakers__item">
              <span className="kern-body">
                {speaker.personId ? (
                  <>
                    <Link className="kern-link" to="/network/people/$personId" params={{ personId: speaker.personId }}>
                      {speaker.name}
                    </Link>{' '}
                    <span className="kern-body--small">({t('events.speakers.onPlatform')})</span>
                  </>
                ) : (
                  <>
                    {speaker.name} <span className="kern-body--small">({t('events.speakers.guest')})</span>
                  </>
                )}
              </span>
              <Button variant="tertiary" small icon="delete" onClick={() => remove(index)}>
                {t('events.speakers.remove')}
                <span className="visually-hidden"> ({speaker.name})</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {said}
      </p>
      {full ? (
        <p className="kern-body kern-body--small">{t('events.speakers.full', { count: EVENT_LIMITS.speakers })}</p>
      ) : (
        <>
          <PersonPicker
            id={pickerId}
            label={t('events.speakers.person')}
            hint={t('events.speakers.personHint')}
            exclude={speakers.flatMap((s) => (s.personId ? [s.personId] : []))}
            onSelect={(person) => add({ personId: person.id, name: person.name })}
          />
          <div className="event-speakers__guest">
            <TextField
              id={`${id}-guest`}
              label={t('events.speakers.guestName')}
              hint={t('events.speakers.guestHint')}
              optional
              value={guest}
              onChange={setGuest}
              error={guestError}
              maxLength={EVENT_LIMITS.speakerName}
              onKeyDown={(event) => {
                // Enter adds the name here instead of sending the session's form.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addGuest();
                }
              }}
            />
            <Button variant="secondary" small icon="add" onClick={addGuest}>
              {t('events.speakers.addGuest')}
            </Button>
          </div>
        </>
      )}
    </fieldset>
  );
}
