// Runs before the bundle, as a hostile or buggy script on the page would: Object.prototype gains the names
// the elements' options, rows, markers, annotations and eras use, each carrying the word INJECTED. The
// page's report (polluted-report.js) then says what each element shows.
const names = [
  'heading',
  'description',
  'source',
  'sourceHref',
  'href',
  'label',
  'note',
  'title',
  'eras',
  'events',
  'annotations',
  'markers',
  'color',
  'category',
  'categories',
  'caption',
  'summary',
  'unit',
  'highlight',
  'layers',
  'type',
  'features',
  'objects',
  'properties',
  'name',
  'id',
  'value',
  'values',
  'year',
  'start',
  'end',
  'from',
  'to',
  'lon',
  'lat',
  'arcs',
  'bbox',
  'transform',
  'geometries',
  'highlighted',
  'hidden',
  'date',
  'writable',
];
for (const name of names) {
  Object.prototype[name] =
    name === 'eras' || name === 'events' || name === 'annotations' || name === 'markers'
      ? [{ title: 'INJECTED', label: 'INJECTED', from: '2005', to: '2010', start: '2005', date: '2005', lon: 70, lat: 33 }]
      : name === 'sourceHref' || name === 'href'
        ? 'https://injected.example/'
        : 'INJECTED';
}
