/**
 * An SVG drawn into a PNG through a canvas, at twice its size (sharp on high-density screens and in print).
 * The SVG is drawn as an image from a blob: URL, which a page's Content-Security-Policy must allow
 * (`img-src blob:`); without it the PNG is refused with a message that says so.
 */

/** How many device pixels a PNG has per CSS pixel of the drawing. */
export const PNG_SCALE = 2;

export async function rasterizeSvg(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    try {
      await image.decode();
    } catch {
      throw new Error("could not be drawn: this page's Content-Security-Policy must allow images from blob: URLs (img-src blob:)");
    }
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('could not be drawn: this browser has no canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('could not be made: the drawing is too large for a canvas'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
