/** Typed events of every element: all bubble, are composed, and start with `iw-`. */

export type IwErrorCode =
  | 'missing-attribute'
  | 'invalid-attribute'
  | 'not-found'
  | 'network'
  | 'timeout'
  | 'invalid-data'
  | 'storage'
  | 'import'
  | 'locale';

export interface IwErrorDetail {
  /** What went wrong, for scripts. */
  code: IwErrorCode;
  /** A readable explanation in English, for developers. */
  message: string;
  /** The element's tag. */
  element: string;
  [extra: string]: unknown;
}

declare global {
  interface HTMLElementEventMap {
    'iw-error': CustomEvent<IwErrorDetail>;
  }
}

export function emit<T>(target: EventTarget, name: string, detail: T, options: EventInit = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: false, ...options, detail }));
}
