// The script of a server-rendered page that loads the elements without Lit's hydrate support: each element
// replaces the server's drawing with its own (never draws a second one beside it).
import '@conflict-viz/ttp-attack-chart';
import '@conflict-viz/border-map';
import '@conflict-viz/conflict-timeline';
