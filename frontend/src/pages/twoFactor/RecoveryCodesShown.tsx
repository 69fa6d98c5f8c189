import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { CheckboxField } from '../../components/CheckboxField';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';

/**
 * Recovery codes, which the API shows only once: listed, with copy and download, and a confirmation
 * that they are stored before the user moves on.
 */
export function RecoveryCodesShown({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const text = `${t('twoFactor.recoveryCodesFileTitle')}\n\n${codes.join('\n')}\n`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  function download() {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'onderdak-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const stored = new FormData(event.currentTarget).get('stored') === 'on';
    setUnconfirmed(!stored);
    if (stored) onDone();
  }

  return (
    <section aria-labelledby="recovery-codes-heading">
      <Heading level={2} id="recovery-codes-heading">
        {t('twoFactor.recoveryCodesTitle')}
      </Heading>
      <Alert type="warning" role="status">
        <Paragraph>{t('twoFactor.recoveryCodesNotice', { count: codes.length })}</Paragraph>
      </Alert>
      <ol className="utrecht-ordered-list app-recovery-codes" aria-label={t('twoFactor.recoveryCodesTitle')}>
        {codes.map((code) => (
          <li key={code} className="utrecht-ordered-list__item">
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <ButtonGroup>
        <Button onClick={() => void copy()}>{t('twoFactor.copyCodes')}</Button>
        <Button onClick={download}>{t('twoFactor.downloadCodes')}</Button>
      </ButtonGroup>
      {copied && <Paragraph>{t('twoFactor.codesCopied')}</Paragraph>}
      <form noValidate onSubmit={handleSubmit} className="app-form">
        <CheckboxField label={t('twoFactor.storedCodes')} name="stored" error={unconfirmed ? t('twoFactor.storedCodesRequired') : undefined} />
        <Button type="submit" appearance="primary-action">
          {t('twoFactor.continue')}
        </Button>
      </form>
    </section>
  );
}
