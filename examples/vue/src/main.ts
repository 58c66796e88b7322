import { createApp } from 'vue';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';
import App from './App.vue';

createApp(App).mount('#app');
