import '@kern-ux/native/dist/kern.min.css';
import '@kern-ux/native/dist/fonts/fira-sans.css';
import './ui/app.css';
import './ui/static-page.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api/api-error.ts';
import { i18next } from './i18n/i18n.ts';
import { router } from './router.tsx';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A 4xx answer will not change by asking again; network hiccups and 5xx may.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

// A page the server rendered (src/server/platform/web-pages/) carries the answers it was built from,
// so the app's first render shows the same page instead of a loading state.
const preload = document.getElementById('allmende-preload');
if (preload?.textContent) {
  try {
    for (const { key, data } of JSON.parse(preload.textContent) as Array<{ key: unknown[]; data: unknown }>) {
      queryClient.setQueryData(key, data);
    }
  } catch {
    // A page without usable answers: the app asks the API as it always does.
  }
  preload.remove();
}

// The server renders public pages in the interface language; the app tells it which one it uses.
function rememberLanguage(language: string) {
  const secure = window.location.protocol === 'https:' ? '; secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser the platform supports
  document.cookie = `allmende_language=${language}; path=/; max-age=31536000; samesite=lax${secure}`;
}
rememberLanguage(i18next.language);
i18next.on('languageChanged', rememberLanguage);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>
);
// React replaces the server's HTML with its first render. Over a rendered page, that render waits
// until the route (and its lazily loaded page) is ready, so the page never blinks empty in between.
if (root.hasChildNodes()) {
  void router.load().finally(() => createRoot(root).render(app));
} else {
  createRoot(root).render(app);
}
