// Adds a timeline, nested in a section, after the loader has run (module scripts run in order): only the
// loader's observer of the document can find it.
const section = document.createElement('section');
const timeline = document.createElement('conflict-timeline');
timeline.id = 'timeline';
section.append(timeline);
document.body.append(section);
