/** Lit's `html` and `nothing`, handed to the parts drawn on request by the element that draws them. */
import type { html, nothing } from 'lit';

export interface LitTemplates {
  readonly html: typeof html;
  readonly nothing: typeof nothing;
}
