/** The React prop names of the cv-* events, shared by every wrapper: `onCvSelect` listens to `cv-select`. */
import type { EventName } from '@lit/react';
import type { CvErrorEvent, CvLinkEvent, CvRenderEvent, CvSelectEvent } from '@conflict-viz/core';

/**
 * The onCv* props of an element whose `cv-select` carries `TSelect`, so `event.detail` is typed in the handler.
 * A type, not an interface: @lit/react's event map is indexed by name.
 */
export type CvEvents<TSelect = unknown> = {
  onCvSelect: EventName<CvSelectEvent<TSelect>>;
  onCvRender: EventName<CvRenderEvent>;
  onCvError: EventName<CvErrorEvent>;
  /** With `group`: the element told its group a choice (or that Escape cleared it). */
  onCvLink: EventName<CvLinkEvent>;
};

export const cvEvents: CvEvents = {
  onCvSelect: 'cv-select' as EventName<CvSelectEvent>,
  onCvRender: 'cv-render' as EventName<CvRenderEvent>,
  onCvError: 'cv-error' as EventName<CvErrorEvent>,
  onCvLink: 'cv-link' as EventName<CvLinkEvent>,
};
