// Keyboard shortcuts for the assessment form: each key selects one choice (see the legend on the page). The form
// also works with Tab, arrows and Space alone; this script only makes it faster. Keys are ignored while typing in a
// text field or a select, and never submit a reveal: "r" only moves focus to the reveal button.
(function () {
  'use strict';
  var form = document.getElementById('assessment-form');
  // Leaving an item view ends the viewing in the exposure log (the server ignores a late report from a replaced page).
  var left = document.getElementById('left-form');
  if (left && navigator.sendBeacon) {
    window.addEventListener('pagehide', function () { navigator.sendBeacon(left.action, new FormData(left)); });
  }
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var target = event.target;
    if (target && (target.tagName === 'SELECT' || (target.tagName === 'INPUT' && (target.type === 'text' || target.type === 'number' || target.type === 'password')) || target.tagName === 'TEXTAREA')) { return; }
    var key = event.key;
    if (key === 'r') {
      var reveal = document.getElementById('reveal-button');
      if (reveal) { reveal.focus(); event.preventDefault(); }
      return;
    }
    if (!form) { return; }
    if (key === 'Enter' && target && target.tagName !== 'BUTTON' && target.tagName !== 'A') {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    if (key === 'z') {
      var site = form.querySelector('select[name="site"]');
      if (site) { site.focus(); event.preventDefault(); }
      return;
    }
    var control = form.querySelector('[data-key="' + (key.length === 1 ? key.toLowerCase() : '') + '"]');
    if (!control) { return; }
    event.preventDefault();
    if (control.type === 'checkbox') { control.checked = !control.checked; } else { control.checked = true; }
    control.focus();
    control.dispatchEvent(new Event('change', { bubbles: true }));
  });
})();
