/** Locale handling: a `lang` value from the page, checked before Intl ever sees it. */

/** The canonical form of a BCP 47 tag, or `fallback` when the tag is empty or malformed (Intl would throw). */
export function resolveLocale(lang: string | null | undefined, fallback = 'en'): string {
  const tag = (lang ?? '').trim();
  if (!tag) return fallback;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? fallback;
  } catch {
    return fallback;
  }
}
