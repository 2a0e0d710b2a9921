import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/queries';
import { App } from './app';
import { I18nProvider, initialLocale, loadCatalogue } from './i18n/i18n';
import './styles.css';

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={createQueryClient()}>
        <I18nProvider>
          <App />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );

// An English reader's catalogue is fetched before the first paint, so no page flashes Indonesian.
void loadCatalogue(initialLocale()).then(render, render);
