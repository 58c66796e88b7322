// The end of page.html's body: where every block is before the elements' script runs (see record.js).
window.recordBefore();
