import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { LocationEditPage } from './LocationEditPage';
import { LocationPage } from './LocationPage';
import { LocationsPage } from './LocationsPage';
import { NewLocationPage } from './NewLocationPage';

/** The pages under /shelter-locations: the list, registering, one location and changing it. */
export function LocationsScreen() {
  return (
    <Routes>
      <Route index element={<LocationsPage />} />
      <Route path="new" element={<NewLocationPage />} />
      <Route path=":locationId" element={<LocationPage />} />
      <Route path=":locationId/edit" element={<LocationEditPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
