import { configure } from 'integration-widgets';
import './main.js';

// Or serve the data and languages yourself (a CDN, a copied folder): name their folders, before
// the elements' first render (here, at the top of the entry module).
configure({ dataUrl: '/hosted/data/', localeUrl: '/hosted/locales/' });
