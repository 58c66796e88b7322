import { mount } from 'svelte';
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
