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
import { TextField } from '../../components/TextField';

/** The household's status page in this app for a status-link token. */
export function statusPageUrl(token: string, origin = window.location.origin): string {
  return `${origin}/status/${encodeURIComponent(token)}`;
}

/**
 * Makes a new status link for the household (the old one stops working) and shows it this once,
 * to copy and pass on: the API never shows the token again.
 */
export function StatusLinkPanel({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const mutation = useMutation({ mutationFn: () => rotateStatusLink(requestId), onSuccess: () => setCopied(false) });
  const url = mutation.data ? statusPageUrl(mutation.data.token) : null;

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <section aria-labelledby="status-link-heading">
      <Heading level={2} id="status-link-heading">
        {t('statusLink.title')}
      </Heading>
      <Paragraph>{t('statusLink.intro')}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('statusLink.failed')} />}
      {url && (
        <Alert type="ok" role="status">
          <Paragraph>{t('statusLink.once')}</Paragraph>
          <TextField label={t('statusLink.url')} name="statusUrl" readOnly value={url} onFocus={(event) => event.target.select()} />
          <ButtonGroup>
            <Button onClick={() => void copy()}>{t('statusLink.copy')}</Button>
          </ButtonGroup>
          {copied && <Paragraph>{t('statusLink.copied')}</Paragraph>}
        </Alert>
      )}
      <ButtonGroup>
        <Button busy={mutation.isPending} onClick={() => mutation.mutate()}>
          {url ? t('statusLink.rotateAgain') : t('statusLink.rotate')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
