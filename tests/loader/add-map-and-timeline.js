// Adds a map, then a timeline a moment later, after the loader has loaded the chart's module and chunks:
// the loader must load each element's own module, never the one-file build (its chunks would load twice).
const add = (tag, id) => {
  const element = document.createElement(tag);
  element.id = id;
  document.body.append(element);
};
add('border-map', 'map');
setTimeout(() => add('conflict-timeline', 'timeline'), 50);
