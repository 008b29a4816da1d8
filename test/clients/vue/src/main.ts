import { createApp } from 'vue';
import 'integration-widgets';
import type {} from 'integration-widgets/vue'; // template types of the iw-* elements
import App from './App.vue';

createApp(App).mount('#app');
