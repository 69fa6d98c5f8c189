import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventsQuery, requestKeys, type RelocationEvent } from '../../api/relocationRequests';
import { useCurrentUser } from '../../auth/AuthProvider';
import { useEventText } from './Timeline';

/** How often an open request page asks whether anything happened (a 304 while nothing did). */
export const LIVE_INTERVAL_MS = 5_000;

/**
 * Keeps an open request page up to date without a reload: it polls the request's timeline with
 * its ETag every few seconds while the page is visible (React Query pauses the interval while
 * `document.hidden` and asks again when the tab comes back), and when the timeline changed it
 * fetches the request, its offers, candidates and messages again, and the queue.
 *
 * Returns the timeline query and `news`: what others did since the page was opened, in words,
 * for a polite live region (changes the user made here need no announcement).
 */
export function useLiveRequest(requestId: string, intervalMs = LIVE_INTERVAL_MS) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const eventText = useEventText();
  const events = useQuery({ ...eventsQuery(requestId), refetchInterval: intervalMs });
  const seen = useRef<{ etag: string | null; ids: Set<string> } | null>(null);
  const [news, setNews] = useState<string | null>(null);
  const data = events.data;

  useEffect(() => {
    if (!data) return;
    const before = seen.current;
    seen.current = { etag: data.etag, ids: new Set(data.items.map((event) => event.id)) };
    if (before === null || before.etag === data.etag) return;
    void queryClient.invalidateQueries({
      predicate: (query) => {
        const key = query.queryKey;
        const ofThisRequest = key[0] === requestKeys.all[0] && key[1] === 'one' && key[2] === requestId && key[3] !== 'events';
        return ofThisRequest || (key[0] === requestKeys.all[0] && key[1] === 'queue');
      },
    });
    const byOthers = data.items.filter((event: RelocationEvent) => !before.ids.has(event.id) && event.actor.userId !== user.id);
    if (byOthers.length > 0) setNews(t('request.live.changed', { what: byOthers.map(eventText).join('; ') }));
  }, [data, eventText, queryClient, requestId, t, user.id]);

  return { events, news };
}
