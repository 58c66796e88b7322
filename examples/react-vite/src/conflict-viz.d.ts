// Typings for the elements as plain JSX tags (<ttp-attack-chart>): React 19 sets their properties itself.
import type {} from '@conflict-viz/ttp-attack-chart/types/react';
import type {} from '@conflict-viz/border-map/types/react';
import type {} from '@conflict-viz/conflict-timeline/types/react';
