import type { Locale } from './locale';
import { messagesEn, type Messages } from './messages-en';
import { messagesFr } from './messages-fr';

/** Every catalogue, by locale. */
export const catalogues: Record<Locale, Messages> = { en: messagesEn, fr: messagesFr };
