/** One cache for the Intl objects every formatter builds. */

const made = new Map<string, unknown>();

/**
 * What `create` makes for `key`, made once: Intl objects cost far more to build than to use. One map
 * serves every kind, so keys say their kind: `locale|{options}` for numbers, and a mark before the
 * locale for the rest (`d` dates, `l` lists, `|` resolved tags, `m` the timeline's months).
 */
export const memo = <T>(key: string, create: () => T): T => (made.get(key) ?? made.set(key, create()).get(key)) as T;
