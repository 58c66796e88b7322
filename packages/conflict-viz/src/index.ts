export * from '@conflict-viz/ttp-attack-chart';
