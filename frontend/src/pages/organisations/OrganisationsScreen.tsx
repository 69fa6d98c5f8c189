import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { EditOrganisationPage, NewOrganisationPage } from './OrganisationFormPage';
import { OrganisationPage } from './OrganisationPage';
import { OrganisationsPage } from './OrganisationsPage';

/** The pages under /organisations (platform admins): the list, registering, one organisation and changing it. */
export function OrganisationsScreen() {
  return (
    <Routes>
      <Route index element={<OrganisationsPage />} />
      <Route path="new" element={<NewOrganisationPage />} />
      <Route path=":organisationId" element={<OrganisationPage />} />
      <Route path=":organisationId/edit" element={<EditOrganisationPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
