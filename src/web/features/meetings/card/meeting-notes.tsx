import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../../shared/contracts/meetings.ts';
import { Button } from '../../../ui/button.tsx';
import { meetingApi, meetingKey } from '../queries.ts';

/** The meeting's notes, shown to everyone in the channel and written by anyone who took part. */
export function MeetingNotes({ meeting, canEdit }: { meeting: Meeting; canEdit: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(meeting.notes);
  const [saved, setSaved] = useState(false);
  const fieldId = `meeting-notes-${meeting.id}`;

  async function save() {
    const next = await meetingApi.notes(meeting.id, text);
    client.setQueryData(meetingKey(meeting.id), next);
    setEditing(false);
    setSaved(true);
  }

  return (
    <div className="meeting-notes">
      <h3 className="meeting-notes__title">{t('meetings.card.notes')}</h3>
      {editing ? (
        <>
          <label className="kern-label visually-hidden" htmlFor={fieldId}>
            {t('meetings.card.notes')}
          </label>
          <textarea
            id={fieldId}
            className="kern-form-input__input"
            rows={4}
            maxLength={10000}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <Button small onClick={() => void save()}>
            {t('meetings.card.saveNotes')}
          </Button>
        </>
      ) : (
        <>
          <p className="meeting-notes__text" lang="de">
            {meeting.notes || t('meetings.card.noNotes')}
          </p>
          {canEdit ? (
            <Button
              small
              variant="tertiary"
              onClick={() => {
                setText(meeting.notes);
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('meetings.card.editNotes')}
            </Button>
          ) : null}
        </>
      )}
      <p className="visually-hidden" role="status">
        {saved ? t('meetings.card.notesSaved') : ''}
      </p>
    </div>
  );
}
