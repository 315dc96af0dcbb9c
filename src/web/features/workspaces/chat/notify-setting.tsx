import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ChannelDetail, NotifyLevel } from '../../../../shared/contracts/chat.ts';
import { api } from '../../../api/client.ts';
import { channelKey } from './chat-queries.ts';

const LEVELS: NotifyLevel[] = ['all', 'mentions', 'muted'];

/** How the channel notifies me: every message, mentions only, or not at all. */
export function NotifySetting({ channel }: { channel: ChannelDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const change = useMutation({
    mutationFn: (level: NotifyLevel) =>
      api.put<{ level: NotifyLevel }>(`/channels/${encodeURIComponent(channel.id)}/notify`, { level }),
    onSuccess: ({ level }) =>
      client.setQueryData<ChannelDetail>(channelKey(channel.id), (old) => (old ? { ...old, notify: level } : old)),
  });
  const id = `notify-${channel.id}`;
  return (
    <div className="notify-setting">
      <label className="kern-label notify-setting__label" htmlFor={id}>
        {t('workspaces.notify.label')}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          className="kern-form-input__select"
          value={change.isPending ? (change.variables ?? channel.notify) : channel.notify}
          onChange={(event) => change.mutate(event.target.value as NotifyLevel)}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`workspaces.notify.${level}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
