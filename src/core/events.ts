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

/** Every `iw-*` event the elements declare on `HTMLElementEventMap`. */
type IwEvents = { [K in keyof HTMLElementEventMap as K extends `iw-${string}` ? K : never]: HTMLElementEventMap[K] };

declare global {
  interface HTMLElementEventMap {
    'iw-error': CustomEvent<IwErrorDetail>;
  }
  // They bubble and are composed: listeners on the document or the window get them too, typed.
  interface DocumentEventMap extends IwEvents {}
  interface WindowEventMap extends IwEvents {}
}

export function emit<T>(target: EventTarget, name: string, detail: T, options: EventInit = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: false, ...options, detail }));
}
