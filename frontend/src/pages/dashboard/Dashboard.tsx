import type { Role } from '../../api/auth';
import { AdminDashboard } from './AdminDashboard';
import { DeskDashboard } from './DeskDashboard';
import { MunicipalityDashboard } from './MunicipalityDashboard';
import { PartnerDashboard } from './PartnerDashboard';

const dashboards: Partial<Record<Role, () => React.JSX.Element>> = {
  admin: AdminDashboard,
  desk: DeskDashboard,
  municipality: MunicipalityDashboard,
  partner: PartnerDashboard,
};

/** The figures a role starts its day with; hosts have none. */
export function Dashboard({ role }: { role: Role }) {
  const Figures = dashboards[role];
  return Figures ? (
    <div className="app-dashboard">
      <Figures />
    </div>
  ) : null;
}
