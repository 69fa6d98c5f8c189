import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { assignRequest, requestKeys, type RelocationRequest } from '../../api/relocationRequests';
import { useCurrentUser } from '../../auth/AuthProvider';
import { Button } from '../../components/Button';
import { ButtonGroup } from '../../components/ButtonGroup';
import { Heading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { ProblemAlert } from '../../components/ProblemAlert';

const rolesWorkingOnRequests = new Set(['admin', 'desk', 'partner']);

/** Who at the organisation follows the request: the signed-in person takes it on or lets it go. */
export function AssigneePanel({ request }: { request: RelocationRequest }) {
  const user = useCurrentUser();
  return rolesWorkingOnRequests.has(user.role) ? <AssigneeSection request={request} userId={user.id} /> : null;
}

function AssigneeSection({ request, userId }: { request: RelocationRequest; userId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (userId: string | null) => assignRequest(request.id, userId),
    onSuccess: (updated) => {
      queryClient.setQueryData(requestKeys.one(request.id), updated);
      void queryClient.invalidateQueries({ queryKey: requestKeys.all });
    },
  });
  const mine = request.assignee?.userId === userId;

  return (
    <section aria-labelledby="assignee-heading">
      <Heading level={2} id="assignee-heading">
        {t('requests.assign.heading')}
      </Heading>
      <Paragraph role="status">
        {request.assignee ? t('requests.assign.followedBy', { name: request.assignee.fullName }) : t('requests.assign.nobody')}
      </Paragraph>
      {mutation.isError && <ProblemAlert error={mutation.error} />}
      <ButtonGroup>
        {mine ? (
          <Button busy={mutation.isPending} onClick={() => mutation.mutate(null)}>
            {t('requests.assign.stop')}
          </Button>
        ) : (
          <Button busy={mutation.isPending} onClick={() => mutation.mutate(userId)}>
            {t('requests.assign.me')}
          </Button>
        )}
      </ButtonGroup>
    </section>
  );
}
