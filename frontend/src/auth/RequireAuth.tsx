import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingPage } from '../pages/LoadingPage';
import { useAuth } from './AuthProvider';

/** Renders the child routes for a signed-in user; sends anyone else to the login page. */
export function RequireAuth() {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'restoring') return <LoadingPage />;
  if (state.status === 'anonymous') return <Navigate to="/login" replace state={{ from: location }} />;
  return <Outlet />;
}
