export * from '@conflict-viz/ttp-attack-chart';
export * from '@conflict-viz/border-map';
export * from '@conflict-viz/conflict-timeline';
