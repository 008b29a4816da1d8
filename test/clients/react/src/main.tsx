import { createRoot } from 'react-dom/client';
import { load } from 'integration-widgets';
import type {} from 'integration-widgets/react'; // JSX types of the iw-* elements
import { App } from './App';

// Optional: define the lazily loaded elements first, so that React sets every prop as a property.
if (location.search.includes('preload')) await Promise.all([load('iw-practice-list'), load('iw-benchmark-checklist')]);

createRoot(document.getElementById('root')!).render(<App />);
