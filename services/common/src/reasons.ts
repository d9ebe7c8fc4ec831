// A subgraph's error reasons as one table: each reason with its message in Indonesian and English ({name} is filled
// in from the params). The key is the reason code clients see, unless an entry names the code it shares.
import { badInput, notFound, type LocalizedMessage } from './errors.js';

export type ReasonEntry = LocalizedMessage & {
  /** The reason code, when several messages share one code clients already know (`VALUE_INVALID`). */
  readonly reason?: string;
};
export type ReasonParams = Record<string, string | number>;

export function defineReasons<const T extends Record<string, ReasonEntry>>(table: T) {
  type Key = keyof T & string;

  function message(key: Key, params: ReasonParams = {}): LocalizedMessage {
    const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
    return { id: fill(table[key].id), en: fill(table[key].en) };
  }

  /** BAD_USER_INPUT with the field and the reason. */
  function invalid(field: string, key: Key, params?: ReasonParams, details?: Record<string, unknown>) {
    return badInput(field, table[key].reason ?? key, message(key, params), details);
  }

  /** NOT_FOUND with the field (an id that names no row the caller may see). */
  function missing(field: string, key: Key, params?: ReasonParams) {
    return notFound(field, message(key, params));
  }

  return { message, invalid, missing };
}
