import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { RequestPage } from './RequestPage';
import { RequestsPage } from './RequestsPage';

/** The pages under /relocation-requests: the desk's queue and one request. */
export function RequestsScreen() {
  return (
    <Routes>
      <Route index element={<RequestsPage />} />
      <Route path=":requestId" element={<RequestPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
