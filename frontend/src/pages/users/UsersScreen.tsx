import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { NewUserPage } from './NewUserPage';
import { UserPage } from './UserPage';
import { UsersPage } from './UsersPage';

/** The pages under /users (platform admins, and organisation admins for their own organisation). */
export function UsersScreen() {
  return (
    <Routes>
      <Route index element={<UsersPage />} />
      <Route path="new" element={<NewUserPage />} />
      <Route path=":userId" element={<UserPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
