// Time to painted, inside a page: from creating a chart to the end of the frame in which it is painted.
//
// The clock starts inside an animation-frame callback, at the start of a frame's rendering, so the wait for
// the next vsync (up to 16.7 ms of idle, the same for every library) is not counted; a second
// requestAnimationFrame would add exactly that wait. It stops in a message posted from that callback,
// which runs once the frame's style, layout and paint are done (no task runs in between). If the chart is
// not drawn by then (it waited for a size, a font, a later frame), the same is done for the next frame,
// and so on: the time is the end of the first frame that paints it. Paint Timing ('paint') fires once per
// document and Element Timing sees neither shadow roots nor canvas, so neither can time one chart.
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves when the frame in whose animation-frame phase it is called has been rendered. */
const endOfFrame = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** `render()` creates and connects a chart, returning {drawn(), cleanup()}; resolves with {time, frames, cleanup}. */
export async function timeToPainted(render) {
  await nextFrame();
  const t0 = performance.now();
  const { drawn, cleanup } = render();
  for (let frames = 1; ; frames++) {
    await endOfFrame();
    if (drawn()) return { time: performance.now() - t0, frames, cleanup };
    if (frames >= 600) throw new Error('not drawn within 600 frames');
    await nextFrame();
  }
}
