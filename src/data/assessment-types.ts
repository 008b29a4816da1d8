/**
 * Shapes shared by the self-assessment elements: `<iw-context-picker>` produces a context
 * selection, `<iw-benchmark-checklist>` keeps it inside its assessment.
 */

/** How a local context factor acts on what the city can do. */
export type ContextEffect = 'helps' | 'hinders' | 'both';

/** One context factor chosen by the user (ids from `context-factors.json`). */
export interface ContextSelection {
  id: string;
  effect: ContextEffect;
  note?: string;
}
