// Not part of the app: lines the shipped JSX types must refuse (each @ts-expect-error fails the
// type check if its line has no error), and types they must give.
import type { IwErrorDetail } from 'integration-widgets';
import type {} from 'integration-widgets/react';

export const refused = (
  <>
    {/* @ts-expect-error: not a variant */}
    <iw-practice-card practice="startwien-vienna" variant="big" />
    {/* @ts-expect-error: limit is a number property */}
    <iw-practice-list limit="five" />
    {/* @ts-expect-error: a context entry needs an effect */}
    <iw-context-picker value={[{ id: 'economy' }]} />
    {/* @ts-expect-error: the detail of iw-context-change has no "values" */}
    <iw-context-picker oniw-context-change={(e) => e.detail.values} />
    {/* @ts-expect-error: no-controls is a boolean */}
    <iw-practice-list no-controls="yes" />
  </>
);

export const typed = (
  <>
    <iw-practice-card oniw-error={(e) => ((detail: IwErrorDetail) => detail.code)(e.detail)} heading-level={3} variant="compact" />
    <iw-practice-list target-groups="young-people" themes={['health']} limit={5} sort="newest" oniw-practice-select={(e) => e.preventDefault()} />
    <iw-context-picker for="checklist" name="context" disabled={false} />
    <iw-benchmark-checklist storage-key="mine" print-preview oniw-assessment-load={(e) => e.detail.assessment.benchmark.id} />
    <iw-info-panel topic="about-values" global-locale lang="fr" className="panel" oniw-language-change={(e) => e.detail} />
  </>
);
