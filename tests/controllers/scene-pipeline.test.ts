// ScenePipeline and LastResult: each step is redone only when what it reads changed, and bad input
// keeps the last good data and scene.
import { expect } from '@open-wc/testing';
import { LastResult, ScenePipeline, createLayoutContext, type DataInput, type Parsed } from '@conflict-viz/core';

interface Options {
  readonly parse: { readonly field: string };
  readonly type: string;
}

function pipeline() {
  const calls = { parse: 0, layout: 0, describe: 0, preset: [] as boolean[] };
  const steps = new ScenePipeline<number[], Options, { values: number[]; type: string }>({
    parse: (input, _source, { field }): Parsed<number[]> => {
      calls.parse++;
      const rows = input as Record<string, unknown>[];
      return rows.every((row) => typeof row[field] === 'number')
        ? { value: rows.map((row) => row[field] as number), issues: [] }
        : { issues: [{ source: 'data', message: `${field} must be a number` }] };
    },
    layout: (values, { type }, _context, preset) => {
      calls.layout++;
      calls.preset.push(preset);
      return { values, type };
    },
    describe: (scene) => (calls.describe++, { label: scene.type, summary: '', table: () => ({ columns: [], rows: [] }) }),
  });
  return { steps, calls };
}

const context = createLayoutContext({ width: 640 });
const input = (value: unknown, source = 'data property'): DataInput => ({ value, source });

describe('ScenePipeline', () => {
  it('parses when the input or a parse option changes, and lays out when the data or a layout option does', () => {
    const { steps, calls } = pipeline();
    const first = input([{ a: 1, b: 2 }]);
    expect(steps.update(first, { parse: { field: 'a' }, type: 'bar' }, context)).to.equal(true);
    expect(steps.scene).to.deep.equal({ values: [1], type: 'bar' });
    expect(steps.update(first, { parse: { field: 'a' }, type: 'bar' }, context), 'equal options, new objects').to.equal(false);
    expect(calls).to.include({ parse: 1, layout: 1 });
    steps.update(first, { parse: { field: 'a' }, type: 'line' }, context);
    expect(calls, 'a layout option does not parse again').to.include({ parse: 1, layout: 2 });
    steps.update(first, { parse: { field: 'b' }, type: 'line' }, context);
    expect(calls).to.include({ parse: 2, layout: 3 });
    expect(steps.scene!.values).to.deep.equal([2]);
    steps.update(first, { parse: { field: 'b' }, type: 'line' }, { ...context, width: 320 });
    expect(calls.layout, 'a new width lays out again').to.equal(4);
  });

  it('keeps the last good data and scene while the input is bad, and says where the drawn data came from', () => {
    const { steps, calls } = pipeline();
    steps.update(input([{ a: 1 }], 'default'), { parse: { field: 'a' }, type: 'bar' }, context);
    expect(steps.source).to.equal('default');
    const scene = steps.scene;
    expect(steps.update(input([{ a: 'x' }]), { parse: { field: 'a' }, type: 'bar' }, context)).to.equal(false);
    expect(steps.scene).to.equal(scene);
    expect(steps.source).to.equal('default');
    expect(steps.issues).to.deep.equal([{ source: 'data', message: 'a must be a number' }]);
    steps.update(input([{ a: 3 }]), { parse: { field: 'a' }, type: 'bar' }, context);
    expect(steps.issues).to.deep.equal([]);
    expect(steps.source).to.equal('data property');
    expect(calls.preset, 'only the default data is the preset').to.deep.equal([true, false]);
  });

  it('describes each scene once, when asked', () => {
    const { steps, calls } = pipeline();
    expect(steps.description).to.equal(undefined);
    steps.update(input([{ a: 1 }]), { parse: { field: 'a' }, type: 'bar' }, context);
    expect(calls.describe).to.equal(0);
    expect(steps.description!.label).to.equal('bar');
    expect(steps.description!.label).to.equal('bar');
    expect(calls.describe).to.equal(1);
  });
});

describe('LastResult', () => {
  it('computes again only when an input changed', () => {
    const last = new LastResult<number>();
    let runs = 0;
    const data = [1, 2];
    expect(last.get([data, 'x'], () => ++runs)).to.equal(1);
    expect(last.get([data, 'x'], () => ++runs)).to.equal(1);
    expect(
      last.get([[1, 2], 'x'], () => ++runs),
      'compared by identity',
    ).to.equal(2);
    expect(
      last.get([[1, 2]], () => ++runs),
      'a different number of inputs',
    ).to.equal(3);
  });
});
