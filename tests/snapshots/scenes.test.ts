// Scene snapshots: each element's pure model, with the article's data and fixtures, at 320 and
// 1,024 px, against the JSON files in tests/snapshots/scenes/. A refactor that keeps behaviour keeps
// them identical. To accept an intended change: `pnpm test:update-snapshots`, then review the JSON diff.
import { expect } from '@open-wc/testing';
import { SCENES, SNAPSHOT_WIDTHS } from './scenes.js';
import { diffJson, formatJson, matchSnapshot, normalize } from './snapshot.js';

describe('scene snapshots', () => {
  for (const scene of SCENES) {
    for (const width of SNAPSHOT_WIDTHS) {
      it(`${scene.element} ${scene.name} at ${width} px: ${scene.about}`, async () => {
        const value = normalize(await scene.build(width), scene.normalize);
        await matchSnapshot(`scenes/${scene.element}/${scene.name}-${width}.json`, value);
      });
    }
  }
});

describe('snapshot normalization and diff', () => {
  it('normalize rounds to 0.1 (in path data too), sorts keys, drops functions, and re-indexes generated ids', () => {
    const value = normalize(
      {
        z: 1.26,
        a: -0.04,
        d: 'M0.123,10.98L3e-7,2Z',
        label: 'Map 2.345',
        f: () => 1,
        ids: [{ id: '9' }, { id: '2' }, { id: '9' }, { id: 'war' }],
        set: new Set([3, 1]),
      },
      { generatedIds: /^\d+$/ },
    );
    expect(formatJson(value)).to.equal(
      [
        '{',
        '  "a": 0,',
        '  "d": "M0.1,11L0,2Z",',
        '  "ids": [',
        '    {"id": "#1"},',
        '    {"id": "#2"},',
        '    {"id": "#1"},',
        '    {"id": "war"}',
        '  ],',
        '  "label": "Map 2.345",',
        '  "set": [1, 3],',
        '  "z": 1.3',
        '}',
      ].join('\n'),
    );
    expect(normalize({ n: NaN, i: -Infinity })).to.deep.equal({ i: '-Infinity', n: 'NaN' });
  });

  it('diffJson names the path of each change, old → new', () => {
    const stored = normalize({ scene: { bars: [{ y: 10 }, { y: 20 }], label: 'a' } });
    const now = normalize({ scene: { bars: [{ y: 10 }, { y: 21 }, { y: 5 }], label: 'b', extra: true } });
    expect(diffJson(stored, now)).to.deep.equal([
      'scene.bars.length: 2 → 3',
      'scene.bars[1].y: 20 → 21',
      'scene.bars[2]: (absent) → {"y":5}',
      'scene.extra: (absent) → true',
      'scene.label: "a" → "b"',
    ]);
    expect(diffJson(stored, stored)).to.deep.equal([]);
  });
});
