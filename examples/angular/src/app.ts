// Angular sets `[data]` as a property and listens with `(cv-select)`; CUSTOM_ELEMENTS_SCHEMA lets the
// template use tags Angular does not know. The event's type comes from the elements' event map.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import * as appData from '@examples/app-data';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>conflict-viz in Angular</h1>
      <button id="add-year" (click)="addYear()">Add a year</button>
      <p>
        Selected: <output id="selected">{{ selected() }}</output>
      </p>
      <ttp-attack-chart [heading]="app.chartHeading" [data]="rows()" (cv-select)="select('chart', $event)"></ttp-attack-chart>
      <border-map
        [heading]="app.mapHeading"
        [data]="app.mapGeometry"
        [highlight]="app.mapHighlight"
        [markers]="app.mapMarkers"
        (cv-select)="select('map', $event)"
      ></border-map>
      <conflict-timeline
        [heading]="app.timelineHeading"
        [data]="app.timelineEvents"
        [categories]="app.timelineCategories"
        (cv-select)="select('timeline', $event)"
      ></conflict-timeline>
    </main>
  `,
})
export class App {
  protected readonly app = appData;
  protected readonly rows = signal(appData.chartRows);
  protected readonly selected = signal('nothing yet');

  protected addYear(): void {
    this.rows.update(appData.nextYear);
  }

  protected select(kind: string, event: HTMLElementEventMap['cv-select']): void {
    this.selected.set(`${kind}: ${appData.selectionLabel(event.detail)}`);
  }
}
