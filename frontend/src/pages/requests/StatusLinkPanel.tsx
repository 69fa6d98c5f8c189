import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rotateStatusLink } from '../../api/relocationRequests';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ShownOnce } from '../../components/ShownOnce';

/** The household's status page in this app for a status-link token. */
export function statusPageUrl(token: string, origin = window.location.origin): string {
  return `${origin}/status/${encodeURIComponent(token)}`;
}

/**
 * Makes a new status link for the household (the old one stops working, so only after a confirm)
 * and shows it this once, to copy and pass on: the API never shows the token again.
 */
export function StatusLinkPanel({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({ mutationFn: () => rotateStatusLink(requestId), onSettled: () => setConfirming(false) });
  const url = mutation.data ? statusPageUrl(mutation.data.token) : null;

  return (
    <section aria-labelledby="status-link-heading">
      <Heading level={2} id="status-link-heading">
        {t('statusLink.title')}
      </Heading>
      <Paragraph>{t('statusLink.intro')}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('statusLink.failed')} />}
      {url && (
        <ShownOnce
          notice={t('statusLink.once')}
          label={t('statusLink.url')}
          name="statusUrl"
          value={url}
          copyLabel={t('statusLink.copy')}
          copiedMessage={t('statusLink.copied')}
        />
      )}
      {confirming ? (
        <Alert type="warning" role="alert">
          <Paragraph>{t('statusLink.confirm')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action" busy={mutation.isPending} onClick={() => mutation.mutate()}>
              {t('statusLink.confirmButton')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('statusLink.keep')}</Button>
          </ButtonGroup>
        </Alert>
      ) : (
        <ButtonGroup>
          <Button onClick={() => setConfirming(true)}>{url ? t('statusLink.rotateAgain') : t('statusLink.rotate')}</Button>
        </ButtonGroup>
      )}
    </section>
  );
}
