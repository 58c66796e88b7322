/** Generated timeline events for tests, stories and the benchmark: deterministic, any count. */
import type { TimelineEventRecord } from '@conflict-viz/data/timeline-events';

const CATEGORIES = ['war', 'attack', 'military', 'diplomacy', 'displacement'];
const PRECISIONS = ['year', 'month', 'day', 'day', 'month'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** An event as the article's data writes one, without a source. */
export type GeneratedEvent = Omit<TimelineEventRecord, 'source'>;

/** `count` events spread over `from`–`to` (years), with every precision and category; the same seed gives the same events. */
export function generateTimelineEvents(count: number, { seed = 1, from = 1900, to = 2024 } = {}): GeneratedEvent[] {
  let state = seed >>> 0;
  const random = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, (_, i) => {
    const year = from + Math.floor(random() * (to - from + 1));
    const precision = PRECISIONS[Math.floor(random() * PRECISIONS.length)];
    const month = pad(1 + Math.floor(random() * 12));
    const day = pad(1 + Math.floor(random() * 28));
    const start = precision === 'year' ? `${year}` : precision === 'month' ? `${year}-${month}` : `${year}-${month}-${day}`;
    return {
      id: `g${i + 1}`,
      start,
      precision,
      title: `Generated event ${i + 1}`,
      description: `A generated event, number ${i + 1}, for tests and benchmarks.`,
      category: CATEGORIES[i % CATEGORIES.length],
    };
  });
}

/** Arabic titles of the article's events and eras, by id: our own translations of our own titles, for a page in Arabic. */
const ARABIC_TITLES: Record<string, string> = {
  'soviet-withdrawal': 'انسحاب آخر القوات السوفيتية',
  'taliban-emerge': 'ظهور حركة طالبان',
  'taliban-take-kabul': 'طالبان تسيطر على كابول',
  recognition: 'ثلاث دول تعترف بطالبان',
  'september-11': 'هجمات 11 سبتمبر على الولايات المتحدة',
  'us-bombing': 'بدء القصف الأمريكي',
  'kabul-falls-2001': 'سقوط كابول وانسحاب طالبان',
  karzai: 'اختيار كرزاي في مؤتمر بون',
  'ttp-founded': 'الإعلان عن حركة طالبان باكستان',
  'zarb-e-azb': 'عملية ضرب عضب',
  'aps-peshawar': 'الهجوم على مدرسة في بيشاور',
  'doha-agreement': 'اتفاق الدوحة',
  'kabul-falls-2021': 'طالبان تستعيد كابول',
  'us-withdrawal': 'انسحاب القوات الأمريكية',
  'strikes-2022': 'غارات جوية باكستانية',
  'settlement-offer': 'عرض نقل مقاتلي طالبان باكستان',
  'refugee-expulsions': 'طرد اللاجئين الأفغان',
  'strikes-2024-03': 'غارات جوية باكستانية',
  'un-report': 'تقرير أممي عن صلات طالبان باكستان',
  'haqqani-killed': 'مقتل خليل حقاني',
  'paktika-strikes': 'غارات جوية على باكتيكا',
  'civil-war': 'الحرب الأهلية الأفغانية',
  'taliban-rule-1': 'حكومة طالبان الأولى',
  'us-war': 'الحرب بقيادة الولايات المتحدة في أفغانستان',
  'ttp-insurgency': 'تمرد طالبان باكستان',
  'taliban-rule-2': 'حكومة طالبان الثانية',
};

/**
 * The article's events and eras with Arabic titles and no English text (no descriptions or sources):
 * the same dates and categories, so the layout is tested with text that is wider than its English and
 * written right to left.
 */
export function arabicTimeline(events: readonly TimelineEventRecord[], eras: readonly { id: string; title: string }[]) {
  const title = (id: string) => ARABIC_TITLES[id] ?? id;
  return {
    events: events.map(({ id, start, precision, category }) => ({ id, start, precision, category, title: title(id) })),
    eras: eras.map((era) => ({ ...era, title: title(era.id), description: undefined, source: undefined })),
  };
}
