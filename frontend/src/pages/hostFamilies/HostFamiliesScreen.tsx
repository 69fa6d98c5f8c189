import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { HostFamiliesPage } from './HostFamiliesPage';
import { EditHostFamilyPage, NewHostFamilyPage } from './HostFamilyFormPage';
import { HostFamilyPage } from './HostFamilyPage';

/** The pages under /host-families: the list, registering, one family (with vetting) and changing it. */
export function HostFamiliesScreen() {
  return (
    <Routes>
      <Route index element={<HostFamiliesPage />} />
      <Route path="new" element={<NewHostFamilyPage />} />
      <Route path=":hostFamilyId" element={<HostFamilyPage />} />
      <Route path=":hostFamilyId/edit" element={<EditHostFamilyPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
