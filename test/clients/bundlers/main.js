import { setLocale } from 'integration-widgets';

// Nothing to copy or configure: the bundler follows the package's imports of its data and languages.
document.querySelector('#fr').addEventListener('click', () => setLocale('fr'));
