import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, formErrorsFromProblem } from '../../api/problem';
import { makeOffer, requestKeys, type Offer } from '../../api/relocationRequests';
import type { PlaceType, Urgency } from '../../client';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { CheckboxField } from '../../components/CheckboxField';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useFocusFirstInvalid } from '../../forms/useFocusFirstInvalid';
import { useValidationMessages } from '../../forms/useValidationMessages';
import { validatedSubmit, type Invalids } from '../../forms/validation';
import { today } from '../../i18n/dates';
import { emptyOffer, minNoticeDays, offerBody, offerCodeFields, offerFieldPaths, validateOffer, type OfferDraft, type OfferField } from './offerDraft';

interface OfferFormProps {
  requestId: string;
  urgency: Urgency;
  placeType: PlaceType;
  placeId: string;
  placeName: string;
  /** The move date the candidates were checked for. */
  checkedFor?: string | undefined;
  onCancel: () => void;
  onMade: (offer: Offer) => void;
  /** Today, for tests. */
  now?: string;
}

/** Offers one place to the household: the move date (the notice period applies) and, in an emergency, why it may be shorter. */
export function OfferForm({ requestId, urgency, placeType, placeId, placeName, checkedFor, onCancel, onMade, now = today() }: OfferFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const messages = useValidationMessages();
  const [draft, setDraft] = useState<OfferDraft>(() => emptyOffer(now, checkedFor));
  const [invalids, setInvalids] = useState<Invalids<OfferField>>({});
  const form = useRef<HTMLFormElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(form);
  const emergency = urgency === 'emergency';

  useEffect(() => heading.current?.focus(), []);

  const mutation = useMutation({
    mutationFn: () => makeOffer(requestId, offerBody(draft, placeType, placeId, urgency)),
    onSuccess: async (offer) => {
      await queryClient.invalidateQueries({ queryKey: requestKeys.all });
      onMade(offer);
    },
    onError: () => focusFirstInvalid(),
  });

  const serverErrors = mutation.error instanceof ApiError ? formErrorsFromProblem(mutation.error.problem, t, offerFieldPaths, offerCodeFields) : {};
  const errors: Partial<Record<OfferField, string>> = { ...serverErrors, ...messages(invalids) };
  const change = (next: Partial<OfferDraft>) => setDraft((current) => ({ ...current, ...next }));

  const handleSubmit = validatedSubmit(mutation, () => validateOffer(draft, urgency, now), setInvalids, focusFirstInvalid, () => mutation.mutate());

  return (
    <section className="app-subform" aria-labelledby={`offer-${placeId}-heading`}>
      <Heading level={3} id={`offer-${placeId}-heading`} ref={heading} tabIndex={-1}>
        {t('offerForm.title', { place: placeName })}
      </Heading>
      <Paragraph>{t('offerForm.intro', { days: minNoticeDays })}</Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} title={t('offerForm.failed')} formFields={Object.keys(offerFieldPaths)} />}
      <form ref={form} noValidate onSubmit={handleSubmit} className="app-form">
        <TextField
          label={t('offerForm.moveOn')}
          description={t('offerForm.moveOnHint', { days: minNoticeDays })}
          name="moveOn"
          type="date"
          required
          value={draft.moveOn}
          onChange={(event) => change({ moveOn: event.target.value })}
          error={errors.moveOn}
        />
        {emergency && (
          <CheckboxField
            label={t('offerForm.overrideNotice')}
            description={t('offerForm.overrideNoticeHint')}
            name="overrideNotice"
            checked={draft.overrideNotice}
            onChange={(event) => change({ overrideNotice: event.target.checked })}
          />
        )}
        {emergency && draft.overrideNotice && (
          <TextAreaField
            label={t('offerForm.noticeOverrideReason')}
            name="noticeOverrideReason"
            value={draft.noticeOverrideReason}
            onChange={(event) => change({ noticeOverrideReason: event.target.value })}
            error={errors.noticeOverrideReason}
          />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {t('offerForm.submit')}
          </Button>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
