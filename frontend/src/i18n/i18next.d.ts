import 'i18next';
import type nl from './nl.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nl };
  }
}
