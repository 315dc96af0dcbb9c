import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { RequireSignIn } from '../../accounts/require-sign-in.tsx';
import { ChatLayout } from './chat-layout.tsx';
import '../workspaces.css';

const route = getRouteApi('/chat/$channelId');

/** /chat/$channelId: one channel or conversation in the chat layout; ?message= opens a message in context. */
export function ChatPage() {
  const { channelId } = route.useParams();
  const search = route.useSearch();
  const navigate = useNavigate();
  return (
    <RequireSignIn>
      {(me) => (
        <ChatLayout
          me={me}
          workspaceId={null}
          channelId={channelId}
          message={search.message ?? null}
          thread={search.thread ?? null}
          onThread={(thread) =>
            void navigate({
              to: '/chat/$channelId',
              params: { channelId },
              search: { message: search.message, thread: thread ?? undefined },
            })
          }
        />
      )}
    </RequireSignIn>
  );
}
