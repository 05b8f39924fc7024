import type { MessageKey, Messages } from './messages-en';

/** Values for a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message lookup: the text of `key` with its placeholders filled in. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Builds `t` for one catalogue. A placeholder without a value is left as written, so a missing
 * parameter shows up on screen (and in tests) instead of vanishing.
 */
export function createTranslate(messages: Messages): Translate {
  return (key, params) => {
    const text = messages[key];
    if (params === undefined) return text;
    return text.replace(PLACEHOLDER, (placeholder, name: string) => {
      const value = params[name];
      return value === undefined ? placeholder : String(value);
    });
  };
}
