import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app/App';
import { EmbedApp } from './app/EmbedApp';
import { graphQuery } from './api/queries';
import { restoreSharedView } from './app/use-url-sync';
import { setUpI18n } from './i18n/i18n';
import { applyPalette } from './theme/apply-palette';
import { useViewStore } from './view/view-store';
import './app/base.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

setUpI18n();
applyPalette(document.documentElement);
restoreSharedView();
// The first view's graph is asked for now, while React starts, not once it has rendered.
queryClient.query(graphQuery(useViewStore.getState().filters)).catch(() => undefined);

// /embed (embed/ on a static site) is the read-only view another site frames; every other
// path is the explorer.
const Root = /\/embed\/*(index\.html)?$/.test(window.location.pathname) ? EmbedApp : App;

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <Root />
    </QueryClientProvider>
  </StrictMode>,
);
