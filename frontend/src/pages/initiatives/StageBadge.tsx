import { useTranslation } from 'react-i18next';
import type { Stage } from '../../client';
import { StatusBadge, type BadgeTone } from '../../components/StatusBadge';

const tones: Record<Stage, BadgeTone> = {
  idea: 'neutral',
  permits: 'warning',
  preparing: 'warning',
  open: 'active',
  closed: 'inactive',
  abandoned: 'inactive',
};

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <StatusBadge tone={tones[stage]}>{t(`enums.stage.${stage}`)}</StatusBadge>;
}
