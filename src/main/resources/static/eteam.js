// The countdown of the current item's time box on the meeting page.
// The server renders the seconds left by its own clock (data-remaining); counting down from
// when the element appeared keeps a projector laptop with a wrong clock on time. A reloaded
// fragment brings a fresh element, and so a fresh count.
(function () {
  'use strict';

  function format(seconds) {
    var abs = Math.abs(seconds);
    var text = Math.floor(abs / 60) + ':' + String(abs % 60).padStart(2, '0');
    return seconds < 0 ? text + ' over' : text + ' left';
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-remaining]').forEach(function (el) {
      if (!el.dataset.since) {
        el.dataset.since = String(now);
      }
      var left = Number(el.dataset.remaining) - Math.floor((now - Number(el.dataset.since)) / 1000);
      el.textContent = format(left);
      el.classList.toggle('over', left < 0);
      el.classList.toggle('soon', left >= 0 && left < 60);
    });
  }

  document.addEventListener('DOMContentLoaded', tick);
  document.addEventListener('htmx:afterSwap', tick);
  setInterval(tick, 250);
})();

// Whether the page follows changes: "live" while its event stream is open, "reconnecting"
// while the browser retries, so nobody in the room trusts a page that stopped updating.
(function () {
  'use strict';

  function show(state, text) {
    document.body.dataset.live = state;
    var badge = document.querySelector('.live-state');
    if (badge) {
      badge.textContent = text;
    }
  }

  document.addEventListener('htmx:sseOpen', function () { show('open', 'live'); });
  document.addEventListener('htmx:sseError', function () { show('reconnecting', 'reconnecting…'); });
})();
