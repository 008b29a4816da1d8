import { useState } from 'react';
import { setLocale, type ContextSelection, type IwBenchmarkChecklist } from 'integration-widgets';

// What the app restored from its server, say.
const saved: ContextSelection[] = [{ id: 'economy', effect: 'hinders', note: 'Few jobs' }];

// An array or object for an element that loads lazily (the list, the checklist): a prop set before
// the element is defined becomes an attribute, so set it through a ref (or load the element first).
const restore = (checklist: IwBenchmarkChecklist | null) => {
  if (checklist) checklist.context = saved;
};

export function App() {
  const practice = new URLSearchParams(location.search).get('practice') ?? 'startwien-vienna';
  const [ids, setIds] = useState(['ostend-maro', 'startwien-vienna']);
  const [context, setContext] = useState(saved);
  const [answered, setAnswered] = useState(0);
  const [error, setError] = useState('');
  return (
    <main>
      <button onClick={() => setLocale('fr')}>Français</button>
      {/* Event props are "on" + the event name as it is: oniw-error, not onIwError */}
      <iw-practice-card practice={practice} oniw-error={(e) => setError(e.detail.message)} />
      {error && <p role="alert">{error}</p>}
      <iw-practice-list ids={ids} no-controls />
      <button onClick={() => setIds(['ostend-maro'])}>Only Ostend</button>
      <iw-benchmark-checklist
        id="checklist"
        ref={restore}
        benchmark="values-common"
        no-storage
        oniw-assessment-change={(e) => setAnswered(Object.keys(e.detail.assessment.answers).length)}
      />
      <p id="answered">Answered: {answered}</p>
      <iw-context-picker benchmark="values-common" value={context} oniw-context-change={(e) => setContext(e.detail.value)} />
      <p id="context">Context: {context.map((c) => `${c.id} (${c.effect})`).join(', ')}</p>
      <iw-info-panel topic="about-values" />
    </main>
  );
}
