'use client';
// Must NOT type-check: each line after an `expect-error` comment is a mistake the typings catch.
// scripts/examples.mjs runs tsc on this file and passes only if exactly those lines fail. One mistake
// per element, because TypeScript reports a misspelled name only on an element that has no other error.
import { BorderMap, TtpAttackChart } from '@conflict-viz/react';

export const misspelledProperty = (
  <TtpAttackChart
    // expect-error: misspelled property
    heding="Attacks"
  />
);

export const wrongType = (
  <TtpAttackChart
    // expect-error: a number where the property takes text
    heading={2024}
  />
);

export const wrongHandler = (
  <BorderMap
    // expect-error: a handler for another kind of event
    onCvSelect={(event: KeyboardEvent) => event.key}
  />
);
