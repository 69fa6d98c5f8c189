import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadReport, type DownloadFormat, type ReportPath } from '../../api/reports';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { ProblemAlert } from '../../components/ProblemAlert';

interface DownloadButtonsProps {
  /** Names the report in the buttons' accessible names ("Download occupancy as CSV"). */
  what: string;
  path: ReportPath;
  query: Record<string, string | number | undefined>;
}

/** CSV and XLSX downloads of one report, with the same filters as the figures shown. */
export function DownloadButtons({ what, path, query }: DownloadButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<DownloadFormat | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function download(format: DownloadFormat) {
    setBusy(format);
    setError(null);
    try {
      const { blob, filename } = await downloadReport(path, query, format);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <ButtonGroup>
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button key={format} appearance="subtle" busy={busy === format} onClick={() => void download(format)}>
            {t(`dashboard.download.${format}`, { what })}
          </Button>
        ))}
      </ButtonGroup>
      {error !== null && <ProblemAlert error={error} />}
    </>
  );
}
