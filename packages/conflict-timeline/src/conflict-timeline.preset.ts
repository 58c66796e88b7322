/**
 * The article's defaults for <conflict-timeline>: its chronology of events and eras from 1989 to
 * 2024, and the words and source that go with it. The timeline draws them only when it is given no data.
 */
import type { DatasetText, Preset } from '@conflict-viz/core/pure';
import { timelineEras } from '@conflict-viz/data/timeline-eras';
import { timelineEvents } from '@conflict-viz/data/timeline-events';

const TEXT: DatasetText = {
  heading: 'Pakistan, Afghanistan and the Taliban, 1989–2024',
  description: "The chronology behind the article “Pakistan's Taliban Conundrum”.",
  source: "Talha Madni, “Pakistan's Taliban Conundrum”, Innovating Peace Blog, Kroc School, University of San Diego (2025); some dates from the public record",
};

const ARTICLE = { events: timelineEvents, eras: timelineEras };

export const timelinePreset: Preset<{ readonly parse: object }> = {
  data: () => ARTICLE,
  text: () => TEXT,
};
