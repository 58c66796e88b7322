// The elements' attributes, properties and events for svelte-check (Svelte's svelte/elements).
import type {} from '@conflict-viz/ttp-attack-chart/types/svelte';
import type {} from '@conflict-viz/border-map/types/svelte';
import type {} from '@conflict-viz/conflict-timeline/types/svelte';
