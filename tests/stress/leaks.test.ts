// 1,000 create/attach/detach cycles per element leave no growth in listeners, observers or nodes
// (Chrome DevTools Protocol counters after a forced garbage collection).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import 'conflict-viz';
import { ELEMENT_TAGS } from './elements.js';

interface DomCounters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

/** Observers still watching something: every observe() not undone by unobserve() or disconnect(). */
function trackObservers() {
  const watching = new Map<object, Set<Element | Node>>();
  const restore: (() => void)[] = [];
  for (const Observer of [ResizeObserver, MutationObserver] as const) {
    const proto = Observer.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of ['observe', 'unobserve', 'disconnect']) {
      const original = proto[name];
      if (!original) continue;
      proto[name] = function (this: object, ...args: unknown[]) {
        const targets = watching.get(this) ?? watching.set(this, new Set()).get(this)!;
        if (name === 'observe') targets.add(args[0] as Node);
        else if (name === 'unobserve') targets.delete(args[0] as Node);
        else targets.clear();
        // The tracker must not be what keeps an observer (and through its callback, an element) alive.
        if (!targets.size) watching.delete(this);
        return original.apply(this, args);
      };
      restore.push(() => (proto[name] = original));
    }
  }
  return {
    active: () => [...watching.values()].reduce((n, targets) => n + [...targets].filter((t) => !t.isConnected).length, 0),
    restore: () => restore.forEach((undo) => undo()),
  };
}

describe('no leaks over 1,000 connect/disconnect cycles', () => {
  for (const tag of ELEMENT_TAGS) {
    it(`<${tag}>`, async function () {
      // 1,000 renders: seconds on an idle machine, more on a busy one; a leak shows in the counters, not in time.
      this.timeout(120_000);
      const host = document.createElement('div');
      host.style.width = '640px';
      document.body.append(host);
      const observers = trackObservers();
      try {
        // Warm-up: one-time caches (styles, Intl, templates) must not count as growth.
        for (let i = 0; i < 20; i++) {
          const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
          host.append(el);
          await el.updateComplete;
          el.remove();
        }
        const cycles = async (n: number) => {
          for (let i = 0; i < n; i++) {
            const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
            host.append(el);
            await el.updateComplete;
            el.remove();
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
          return (await executeServerCommand('dom-counters')) as DomCounters;
        };
        const before = (await executeServerCommand('dom-counters')) as DomCounters;
        const half = await cycles(500);
        const after = await cycles(500);
        const figures = (key: keyof DomCounters) => `${before[key]} → ${half[key]} → ${after[key]}`;
        console.log(
          `<${tag}>, after 0, 500, 1,000 cycles: listeners ${figures('jsEventListeners')}, nodes ${figures('nodes')}, detached targets still observed: ${observers.active()}`,
        );
        // The last element may still be held (a pending task, a GC that has not reached it): one
        // element's worth. A leak of one listener or a few nodes per cycle would grow by 500 per half.
        for (const [from, to, span] of [
          [before, half, '0 → 500'],
          [half, after, '500 → 1,000'],
        ] as const) {
          expect(to.jsEventListeners - from.jsEventListeners, `event listeners, cycles ${span}`).to.be.below(50);
          expect(to.nodes - from.nodes, `DOM nodes, cycles ${span}`).to.be.below(1000);
        }
        expect(observers.active(), 'detached elements still observed').to.equal(0);
      } finally {
        observers.restore();
        host.remove();
      }
    });
  }
});
