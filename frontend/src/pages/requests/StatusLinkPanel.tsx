import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Household } from '../../api/households';
import { requestKeys, rotateStatusLink, sendStatusLink } from '../../api/relocationRequests';
import type { ContactChannel } from '../../client';
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

const channels = ['email', 'sms'] as const satisfies readonly ContactChannel[];

/**
 * The ways the household can be sent its link: those it gave an address for, or both when the
 * caller may not see its contact details (the API then says if one is missing).
 */
export function sendableChannels(contact: Household['contact'] | undefined): ContactChannel[] {
  if (!contact) return [...channels];
  return channels.filter((channel) => (channel === 'email' ? contact.email : contact.phone));
}

interface StatusLinkPanelProps {
  requestId: string;
  /** The household's contact details as the API showed them (null: not shown to this role). */
  contact?: Household['contact'] | undefined;
}

/**
 * Sends the household a status link by e-mail or SMS (a link of its own, in its language: the
 * current link keeps working), or makes a new link to pass on by hand. A new link ends the current
 * one, so only after a confirm; it is shown this once to copy: the API never shows the token again.
 */
export function StatusLinkPanel({ requestId, contact }: StatusLinkPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({ mutationFn: () => rotateStatusLink(requestId), onSettled: () => setConfirming(false) });
  const send = useMutation({
    mutationFn: (channel: ContactChannel) => sendStatusLink(requestId, channel),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...requestKeys.one(requestId), 'notifications'] }),
  });
  const url = mutation.data ? statusPageUrl(mutation.data.token) : null;
  const sendable = sendableChannels(contact);

  return (
    <section aria-labelledby="status-link-heading">
      <Heading level={2} id="status-link-heading">
        {t('statusLink.title')}
      </Heading>
      <Paragraph>{t('statusLink.intro')}</Paragraph>
      {sendable.length > 0 ? (
        <>
          <Paragraph>{t('statusLink.sendIntro')}</Paragraph>
          <ButtonGroup>
            {sendable.map((channel) => (
              <Button key={channel} busy={send.isPending && send.variables === channel} disabled={send.isPending} onClick={() => send.mutate(channel)}>
                {t(`statusLink.send.${channel}`)}
              </Button>
            ))}
          </ButtonGroup>
        </>
      ) : (
        <Paragraph>{t('statusLink.noAddress')}</Paragraph>
      )}
      {send.isError && <ProblemAlert error={send.error} title={t('statusLink.sendFailed')} />}
      {send.isSuccess && (
        <Alert type="ok" role="status">
          <Paragraph>{t(`statusLink.queued.${send.data.channel}`)}</Paragraph>
        </Alert>
      )}
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
