// Must NOT type-check: each line after an `expect-error` comment is a mistake the typings catch.
// scripts/examples.mjs runs tsc on this file and passes only if exactly those lines fail. One mistake
// per element, because TypeScript reports a misspelled name only on an element that has no other error.
// (TypeScript never checks the spelling of a JSX name with a hyphen, such as `value-field`.)
import { TtpAttackChart } from '@conflict-viz/react';

export const misspelledProperty = (
  <TtpAttackChart
    // expect-error: misspelled property
    heding="Attacks"
  />
);

export const wrongHandler = (
  <TtpAttackChart
    // expect-error: a handler for another kind of event
    onCvSelect={(event: KeyboardEvent) => event.key}
  />
);

export const misspelledTagProperty = (
  <ttp-attack-chart
    // expect-error: misspelled property
    valuField="attacks"
  />
);

export const wrongAttributeType = (
  <ttp-attack-chart
    // expect-error: a number where the attribute takes text
    source={2024}
  />
);

export const wrongPropertyType = (
  <ttp-attack-chart
    // expect-error: text where the property takes true or false
    stackByType="yes"
  />
);
