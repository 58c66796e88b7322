/**
 * The chart's series as sound (Web Audio, no files), as Highcharts' sonification module plays it: each value a
 * short tone, higher for larger values, one after another. Loaded with the download buttons (`actions="sound"`),
 * never before: nothing plays until the reader presses the button, and while it is on, a mark reached with the
 * keyboard plays its value.
 */

/** The lowest and highest pitch, in Hz: two octaves, A3 to A5. */
const LOW = 220;
const OCTAVES = 2;
/** How long each value sounds, and the step from one to the next, in seconds. */
const NOTE = 0.18;
const STEP = 0.25;

/**
 * The pitch of `value` among `values`: on a logarithmic scale (equal steps sound equal), the lowest value at
 * LOW, the highest two octaves above; all the same, the middle.
 */
export function pitchOf(value: number, values: readonly number[]): number {
  const finite = values.filter(Number.isFinite);
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const t = max > min ? (value - min) / (max - min) : 0.5;
  return LOW * 2 ** (OCTAVES * t);
}

/** One tone of `frequency` Hz from `at` (the context's time), fading in and out so that it does not click. */
function playTone(context: BaseAudioContext, frequency: number, at = context.currentTime): void {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'triangle';
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0, at);
  gain.gain.linearRampToValueAtTime(0.2, at + 0.02);
  gain.gain.linearRampToValueAtTime(0, at + NOTE);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(at);
  oscillator.stop(at + NOTE);
}

/** Every value in order, one tone each; a value that is not a number is a rest. Returns when the last ends. */
export function playSeries(context: BaseAudioContext, values: readonly number[], at = context.currentTime): number {
  values.forEach((value, i) => {
    if (Number.isFinite(value)) playTone(context, pitchOf(value, values), at + i * STEP);
  });
  return at + values.length * STEP;
}

/** What the sound button plays: the marks' values, in the order the keyboard reaches them. */
export interface SoundSource {
  readonly values: () => readonly number[];
  /** The plot, whose marks' nodes (`data-mark`) take the focus. */
  readonly plot: () => Element | null | undefined;
}

/** Sound turned on by a button, by what it plays: the context is made on the reader's press, never before. */
const playing = new WeakMap<object, { context: AudioContext; onFocus: (event: Event) => void; plot?: Element | null }>();

export const soundOn = (key: object) => playing.has(key);

/** The button's press: sound on (the series plays, and marks reached with the keyboard play their value), or off. */
export function toggleSound(key: object, source: SoundSource): void {
  const on = playing.get(key);
  if (on) {
    on.plot?.removeEventListener('focusin', on.onFocus);
    void on.context.close();
    playing.delete(key);
    return;
  }
  const context = new AudioContext();
  const onFocus = (event: Event) => {
    const mark = (event.target as Element).getAttribute('data-mark');
    const values = source.values();
    const value = mark === null ? NaN : values[Number(mark)];
    if (Number.isFinite(value)) playTone(context, pitchOf(value, values));
  };
  const plot = source.plot();
  plot?.addEventListener('focusin', onFocus);
  playing.set(key, { context, onFocus, plot });
  playSeries(context, source.values());
}
