import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { EditInitiativePage, NewInitiativePage } from './InitiativeFormPage';
import { InitiativePage } from './InitiativePage';
import { InitiativesPage } from './InitiativesPage';

/** The pages under /citizen-initiatives: the list, a new dossier, one dossier and changing it. */
export function InitiativesScreen() {
  return (
    <Routes>
      <Route index element={<InitiativesPage />} />
      <Route path="new" element={<NewInitiativePage />} />
      <Route path=":initiativeId" element={<InitiativePage />} />
      <Route path=":initiativeId/edit" element={<EditInitiativePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
