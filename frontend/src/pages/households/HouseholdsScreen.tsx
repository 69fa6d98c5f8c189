import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';
import { HouseholdPage } from './HouseholdPage';
import { HouseholdsPage } from './HouseholdsPage';
import { NewHouseholdPage } from './NewHouseholdPage';

/** The pages under /households: a partner's households, registering one, and one household. */
export function HouseholdsScreen() {
  return (
    <Routes>
      <Route index element={<HouseholdsPage />} />
      <Route path="new" element={<NewHouseholdPage />} />
      <Route path=":householdId" element={<HouseholdPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
