// Sonification (issue 15): `actions="sound"` gives the chart a button that plays its values as pitch, one tone
// per year, higher for larger values; while it is on, a year reached with the arrow keys plays its value. Nothing
// makes a sound, or even an AudioContext, before the reader presses the button. Web Audio is recorded, not heard:
// an OfflineAudioContext for the scheduling, and a recording stand-in for AudioContext in the element.
import { expect, html } from '@open-wc/testing';
import { pitchOf, playSeries } from '../packages/core/src/on-request/sound.js';
import { $, mount, plot, press, settled, type CvHost } from './helpers.js';
import './contract/elements.js';

/** Each oscillator a context starts: its frequency and start time. */
interface Tone {
  frequency: number;
  at: number;
}

function recordTones(context: BaseAudioContext): Tone[] {
  const tones: Tone[] = [];
  const create = context.createOscillator.bind(context);
  context.createOscillator = () => {
    const oscillator = create();
    const start = oscillator.start.bind(oscillator);
    oscillator.start = (at = 0) => {
      tones.push({ frequency: oscillator.frequency.value, at });
      start(at);
    };
    return oscillator;
  };
  return tones;
}

/** Ranks of values, lowest first: the same order must hold for their pitches. */
const order = (values: readonly number[]) => values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);

describe('sound: the series as pitch over time', () => {
  it('pitchOf: higher values are higher tones, from 220 Hz to two octaves above', () => {
    const values = [5, 9, 4, 12];
    expect(pitchOf(4, values)).to.equal(220);
    expect(pitchOf(12, values)).to.equal(880);
    expect(pitchOf(9, values)).to.be.above(pitchOf(5, values));
  });

  it('playSeries schedules one tone per value, in order, their pitches rising with the values', async () => {
    const context = new OfflineAudioContext(1, 44100 * 3, 44100);
    const tones = recordTones(context);
    const values = [322, 40, 961, 500, NaN, 120];
    const end = playSeries(context, values);
    expect(tones.map((t) => t.at)).to.deep.equal([...tones.map((t) => t.at)].sort((a, b) => a - b));
    expect(tones).to.have.length(5); // a value that is not a number is a rest
    const played = values.filter(Number.isFinite);
    expect(order(tones.map((t) => t.frequency))).to.deep.equal(order(played));
    expect(end).to.be.closeTo(values.length * 0.25, 1e-9);
    const buffer = await context.startRendering();
    const loudest = buffer.getChannelData(0).reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
    expect(loudest, 'it makes a sound').to.be.above(0.05);
  });

  describe('<ttp-attack-chart actions="sound">', () => {
    const made: { tones: Tone[]; closed: boolean }[] = [];
    const RealAudioContext = window.AudioContext;
    /** A stand-in that records what would be played. */
    class RecordingAudioContext {
      readonly record = { tones: [] as Tone[], closed: false };
      currentTime = 0;
      destination = {};
      constructor() {
        made.push(this.record);
      }
      createOscillator() {
        const record = this.record;
        const oscillator = {
          type: 'sine',
          frequency: { value: 440 },
          connect: (node: unknown) => node,
          start(at = 0) {
            record.tones.push({ frequency: oscillator.frequency.value, at });
          },
          stop() {},
        };
        return oscillator;
      }
      createGain() {
        return { gain: { setValueAtTime() {}, linearRampToValueAtTime() {} }, connect: (node: unknown) => node };
      }
      close() {
        this.record.closed = true;
        return Promise.resolve();
      }
    }
    before(() => (window.AudioContext = RecordingAudioContext as unknown as typeof AudioContext));
    after(() => (window.AudioContext = RealAudioContext));

    it('plays nothing before the button; the button plays every year, higher for more; arrows play the year reached', async () => {
      const el = await mount<CvHost>(html`<ttp-attack-chart actions="sound"></ttp-attack-chart>`);
      const button = $(el, '[part="sound-button"]') as HTMLButtonElement;
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('▶ Play as sound');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      plot(el).focus();
      await press(el, 'ArrowRight');
      expect(made, 'no AudioContext before the button').to.have.length(0);

      button.click();
      await settled(el);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(button.textContent, 'a stop sign shows it is on').to.include('■');
      expect(made).to.have.length(1);
      const tones = made[0].tones;
      expect(tones).to.have.length(15);
      // Each year's count, as its node names it ("2014. 323 events. …"): the pitches rank as the counts do.
      const counts = [...el.shadowRoot!.querySelectorAll('[data-mark]')].map((node) =>
        Number(/^\d{4}\. ([\d,]+)/.exec(node.getAttribute('aria-label')!)![1].replace(/,/g, '')),
      );
      const frequencies = tones.map((t) => t.frequency);
      expect(order(frequencies)).to.deep.equal(order(counts));
      expect(new Set(frequencies).size, 'not all one pitch').to.be.above(10);

      plot(el).focus();
      await press(el, 'Home');
      await press(el, 'ArrowRight');
      // Focus returns to 2008 (reached before), then Home (2007), then ArrowRight (2008): each plays its year.
      expect(tones.slice(15).map((t) => t.frequency)).to.deep.equal([frequencies[1], frequencies[0], frequencies[1]]);

      button.click();
      await settled(el);
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(made[0].closed).to.equal(true);
      plot(el).focus();
      await press(el, 'ArrowRight');
      expect(tones).to.have.length(18);
    });
  });
});
