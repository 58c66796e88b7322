/**
 * dist/embed-parent.js, for the page that frames embed.html: sizes each iframe to the height its page posts
 * (`{ type: "conflict-viz:height", height }`). The iframe is found by the window that sent the message
 * (event.source), so a message from any other window (another frame, a script of the page) resizes nothing of
 * it. A classic script of a few hundred bytes: `<script src=".../embed-parent.js" defer></script>`, once per page.
 */
/** No embed is taller: a larger height is a broken or hostile message. */
const MAX_HEIGHT = 20_000;

addEventListener('message', (event: MessageEvent) => {
  const message: unknown = event.data;
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== 'conflict-viz:height') return;
  const height = (message as { height?: unknown }).height;
  if (typeof height !== 'number' || !(height >= 0 && height <= MAX_HEIGHT)) return;
  for (const frame of document.getElementsByTagName('iframe')) {
    if (event.source !== null && frame.contentWindow === event.source) {
      // The CSSOM, not a style attribute: a strict style-src allows it.
      frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  }
});
