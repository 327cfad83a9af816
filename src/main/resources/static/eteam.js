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

// Check as you type: a decision text is sent to POST /api/v1/deferral-check (which changes
// nothing) once typing pauses, and the verdict shows under the field, so a deferral is fixed
// before the form is sent. The check is the server's own; the form is refused the same way.
(function () {
  'use strict';

  var timers = new WeakMap();

  function show(field, verdict) {
    var out = document.getElementById(field.dataset.deferralCheck);
    if (!out) {
      return;
    }
    out.classList.toggle('deferral', verdict !== null && verdict.deferral);
    out.classList.toggle('ok', verdict !== null && !verdict.deferral);
    if (verdict === null) {
      out.textContent = '';
    } else if (verdict.deferral) {
      out.textContent = '\u2018' + verdict.phrase + '\u2019 reads as a deferral: ' + verdict.hint;
    } else {
      out.textContent = 'Reads as a decision.';
    }
  }

  function check(field) {
    var text = field.value.trim();
    if (text === '') {
      show(field, null);
      return;
    }
    var csrf = field.form && field.form.querySelector('input[name="csrf"]');
    fetch('/api/v1/deferral-check', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf ? csrf.value : ''},
      body: JSON.stringify({text: field.value})
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (verdict) {
      if (verdict && field.value.trim() === text) {
        show(field, verdict);
      }
    }).catch(function () {
      show(field, null);
    });
  }

  document.addEventListener('input', function (event) {
    var field = event.target;
    if (!field.dataset || !field.dataset.deferralCheck) {
      return;
    }
    clearTimeout(timers.get(field));
    timers.set(field, setTimeout(function () { check(field); }, 300));
  });
})();

// The minutes' Print button: the browser's own print dialog, which lays the page out with the
// stylesheet's print rules.
document.addEventListener('click', function (event) {
  'use strict';
  if (event.target.closest && event.target.closest('[data-print]')) {
    window.print();
  }
});
