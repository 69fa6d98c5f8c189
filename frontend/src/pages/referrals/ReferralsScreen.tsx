import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { HouseholdPage } from '../households/HouseholdPage';
import { NotFoundPage } from '../NotFoundPage';
import { ReferralsPage } from './ReferralsPage';

/** The pages under /referrals: the inbox and sent list, and a household page for every role that refers. */
export function ReferralsScreen() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route index element={<ReferralsPage />} />
      <Route path="households/:householdId" element={<HouseholdPage back={{ to: '/referrals', label: t('referrals.backToReferrals') }} />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
