// The elements' props and events for vue-tsc: they join Vue's GlobalComponents.
import type {} from '@conflict-viz/ttp-attack-chart/types/vue';
import type {} from '@conflict-viz/border-map/types/vue';
import type {} from '@conflict-viz/conflict-timeline/types/vue';
