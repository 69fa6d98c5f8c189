import '@fontsource-variable/noto-sans';
import '@utrecht/design-tokens/dist/index.css';
import '@utrecht/component-library-css/dist/index.css';
import './styles.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/queryClient';
import { session } from './api/setup';
import { App } from './App';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App session={session} queryClient={createQueryClient()} />
  </StrictMode>,
);
