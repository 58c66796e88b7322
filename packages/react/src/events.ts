/** The React prop names of the cv-* events, shared by every wrapper: `onCvSelect` listens to `cv-select`. */
import type { EventName } from '@lit/react';
import type { CvErrorEvent, CvRenderEvent, CvSelectEvent } from '@conflict-viz/core';

export const cvEvents = {
  onCvSelect: 'cv-select' as EventName<CvSelectEvent>,
  onCvRender: 'cv-render' as EventName<CvRenderEvent>,
  onCvError: 'cv-error' as EventName<CvErrorEvent>,
};
