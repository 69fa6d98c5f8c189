import { useTranslation } from 'react-i18next';
import type { Permission } from '../../client';
import type nl from '../../i18n/nl.json';
import { scopeParts } from './apiKeyDraft';

type ScopeFamily = keyof typeof nl.apiKeys.families;
type ScopeAction = keyof typeof nl.apiKeys.actions;

/** A scope in words, e.g. "Households: change" for `households:write`; its code where words are missing. */
export function useScopeLabel(): (scope: Permission) => string {
  const { t } = useTranslation();
  return (scope) => {
    const { family, action } = scopeParts(scope);
    return t('apiKeys.scopeLabel', {
      family: t(`apiKeys.families.${family as ScopeFamily}`, { defaultValue: family }),
      action: t(`apiKeys.actions.${action as ScopeAction}`, { defaultValue: action }),
    });
  };
}
