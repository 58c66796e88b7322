/** The chart in words: its accessible name, the generated summary and each year's tooltip. */
import { describeSeries } from '@conflict-viz/core/pure';
import type { AttackChartScene } from './layout.js';

/** Accessible name when the author gives no heading. */
export function describeAttackChartLabel(scene: AttackChartScene): string {
  const first = scene.format.year(scene.rows[0].year);
  const last = scene.format.year(scene.rows[scene.rows.length - 1].year);
  return `${scene.type === 'bar' ? 'Bar' : 'Line'} chart of ${scene.unit} per year, ${first}–${last}`;
}

/** The generated summary: range, highest and lowest year, trend and latest change, parts when stacked. */
export function describeAttackChart(scene: AttackChartScene): string {
  const { format } = scene;
  let text = describeSeries(scene.rows, { format, unit: scene.unit });
  if (scene.stacked && scene.parts.length) {
    const totals = scene.parts.map((part, i) => ({ part, total: scene.rows.reduce((sum, r) => sum + (r.parts?.[i] ?? 0), 0) }));
    text += ` By type over the period: ${totals.map((t) => `${t.part.label} ${format.number(t.total)}`).join(', ')}.`;
  }
  if (scene.hasRange) text += ' Values are best estimates; the table gives the low and high estimates.';
  return text;
}

/** Tooltip lines of mark `index`. */
export function describeYear(scene: AttackChartScene, index: number): { title: string; lines: string[] } {
  const row = scene.rows[index];
  const n = (v: number) => scene.format.number(v);
  const lines = [`${n(row.value)} ${scene.unit}`];
  if (scene.hasRange && row.low !== undefined && row.high !== undefined) lines.push(`range ${n(row.low)}–${n(row.high)}`);
  if (row.parts && scene.parts.length) scene.parts.forEach((part, i) => lines.push(`${part.label}: ${n(row.parts![i])}`));
  return { title: scene.format.year(row.year), lines };
}
