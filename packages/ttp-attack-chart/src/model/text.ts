/** The chart in words: its accessible name, the generated summary and each year's tooltip. */
import { countOf, describeSeries, ownField, yearRange, type Noun } from '@conflict-viz/core/pure';
import type { AttackChartScene } from './layout.js';

/** The singular of the nouns the chart counts in by default ("1 event"); a page's own noun is used as given. */
const NOUNS: Record<string, Noun> = {
  events: { one: 'event', other: 'events' },
  deaths: { one: 'death', other: 'deaths' },
  'battle-related deaths': { one: 'battle-related death', other: 'battle-related deaths' },
};

/** The noun of the chart's values, with its singular where the chart knows it. */
// Own keys only: a `value-label` such as "constructor" finds nothing.
const nounOf = (scene: Pick<AttackChartScene, 'unit'>): string | Noun => (ownField(NOUNS, scene.unit) as Noun | undefined) ?? scene.unit;

/** Accessible name when the author gives no heading. */
export function describeAttackChartLabel(scene: AttackChartScene): string {
  const years = yearRange(scene.format, scene.rows[0].year, scene.rows[scene.rows.length - 1].year);
  return `${scene.type === 'bar' ? 'Bar' : 'Line'} chart of ${scene.unit} per year, ${years}`;
}

/** The generated summary: range, highest and lowest year, trend and latest change, parts when stacked. */
export function describeAttackChart(scene: AttackChartScene): string {
  const { format } = scene;
  let text = describeSeries(scene.rows, { format, unit: nounOf(scene) });
  if (scene.stacked && scene.parts.length) {
    const totals = scene.parts.map((part, i) => ({ part, total: scene.rows.reduce((sum, r) => sum + (r.parts?.[i] ?? 0), 0) }));
    text += ` By type over the period: ${totals.map((t) => `${t.part.label} ${format.number(t.total)}`).join(', ')}.`;
  }
  if (scene.hasRange) text += ' Values are best estimates; the table gives the low and high estimates.';
  if (scene.gaps.length) text += ` ${describeGaps(scene)}`;
  return text;
}

/** Spans drawn in a message, at most: a series with 10,000 gaps is told by their count. */
const LISTED_GAPS = 12;

/** "No data for 2019 and 2021–2022; they are gaps, not zeros." */
export function describeGaps({ gaps, format }: Pick<AttackChartScene, 'gaps' | 'format'>): string {
  const span = ([from, to]: readonly [number, number]) => (from === to ? format.year(from) : `${format.year(from)}–${format.year(to)}`);
  const listed = gaps.slice(0, LISTED_GAPS).map(span);
  if (gaps.length > LISTED_GAPS) listed.push(`${format.number(gaps.length - LISTED_GAPS)} more spans`);
  const years = gaps.reduce((sum, [from, to]) => sum + to - from + 1, 0);
  return `No data for ${format.list(listed)}: ${years === 1 ? 'that year is a gap' : 'those years are gaps'}, not zeros.`;
}

/** The chart's data table: a row per year and per gap, with the range and the parts where the data has them. */
export function describeAttackChartTable(scene: AttackChartScene) {
  const { format } = scene;
  const n = (v: number | undefined) => (v === undefined ? '–' : format.number(v));
  const columns = [
    { label: 'Year', numeric: true },
    { label: capitalize(scene.unit), numeric: true },
  ];
  if (scene.hasRange) columns.push({ label: 'Low estimate', numeric: true }, { label: 'High estimate', numeric: true });
  scene.parts.forEach((part) => columns.push({ label: part.label, numeric: true }));
  const gap = (from: number, to: number) => [
    from === to ? format.year(from) : `${format.year(from)}–${format.year(to)}`,
    ...Array<string>(columns.length - 1).fill('no data'),
  ];
  const rows: string[][] = [];
  scene.rows.forEach((row, i) => {
    // A gap is a row where it falls, so the table reads like the chart: years without data, not years of zero.
    const previous = scene.rows[i - 1];
    if (previous && row.year - previous.year > 1) rows.push(gap(previous.year + 1, row.year - 1));
    rows.push([format.year(row.year), n(row.value), ...(scene.hasRange ? [n(row.low), n(row.high)] : []), ...scene.parts.map((_, p) => n(row.parts?.[p]))]);
  });
  const notes = [];
  if (scene.foundValueField) {
    notes.push(`Values are the column "${scene.foundValueField}", the only numeric column besides the year; set value-field to choose another.`);
  }
  if (scene.gaps.length) notes.push(describeGaps(scene));
  const marked = [...scene.annotations]
    .sort((a, b) => a.time - b.time)
    .map((a) => `${format.date(a.time, a.precision)}: ${a.label}${a.note ? ` (${a.note})` : ''}`);
  if (marked.length) notes.push(`Marked on the chart: ${marked.join('; ')}.`);
  return { columns, rows, note: notes.length ? notes.join(' ') : undefined };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Tooltip lines of mark `index`. */
export function describeYear(scene: AttackChartScene, index: number): { title: string; lines: string[] } {
  const row = scene.rows[index];
  const n = (v: number) => scene.format.number(v);
  const lines = [countOf(scene.format, row.value, nounOf(scene))];
  if (scene.hasRange && row.low !== undefined && row.high !== undefined) lines.push(`range ${n(row.low)}–${n(row.high)}`);
  if (row.parts && scene.parts.length) scene.parts.forEach((part, i) => lines.push(`${part.label}: ${n(row.parts![i])}`));
  // The moments marked in that year, whose labels on the chart may be numbered or cut short.
  for (const a of scene.annotations) if (a.year === row.year) lines.push(`${scene.format.date(a.time, a.precision)}: ${a.label}`);
  return { title: scene.format.year(row.year), lines };
}
