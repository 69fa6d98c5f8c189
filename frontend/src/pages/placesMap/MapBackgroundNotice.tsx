import { useTranslation } from 'react-i18next';
import { Paragraph } from '../../components/Paragraph';
import type { MapBackground } from './mapBackground';

/**
 * Says in words why a map shows a grid instead of a map background. The live region is always
 * there (empty while tiles show), so that a screen reader hears it when the tiles turn out to be
 * unreachable.
 */
export function MapBackgroundNotice({ background }: { background: MapBackground }) {
  const { t } = useTranslation();
  const message = background === 'none' ? t('mapBackground.none') : background === 'unreachable' ? t('mapBackground.unreachable') : null;
  return (
    <div role="status" className={message ? 'utrecht-alert utrecht-alert--info app-map-notice' : 'app-map-notice'}>
      {message && (
        <div className="utrecht-alert__content">
          <div className="utrecht-alert__message">
            <Paragraph>{message}</Paragraph>
          </div>
        </div>
      )}
    </div>
  );
}
