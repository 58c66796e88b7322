// Must NOT compile: each line after an `expect-error` comment is a mistake Angular's template check catches.
// scripts/examples.mjs runs ngc on this file and passes only if exactly those lines fail. (With
// CUSTOM_ELEMENTS_SCHEMA Angular checks no property bindings on custom elements, but it types their
// events through the elements' event map.)
import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import '@conflict-viz/ttp-attack-chart';

@Component({
  selector: 'app-mistakes',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- expect-error: a handler for another kind of event -->
    <ttp-attack-chart (cv-select)="onKey($event)"></ttp-attack-chart>
  `,
})
export class Mistakes {
  protected onKey(event: KeyboardEvent): string {
    return event.key;
  }
}
