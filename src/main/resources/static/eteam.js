// The countdown of the current item's time box on the meeting page.
// The server renders the seconds left by its own clock (data-remaining); counting down from
// when the element appeared keeps a projector laptop with a wrong clock on time. A reloaded
// fragment brings a fresh element, and so a fresh count.
(function () {
  'use strict';

  // "14:05" in a large clock, then "left" or "over" in smaller type.
  function show(el, seconds) {
    var abs = Math.abs(seconds);
    var clock = el.querySelector('.clock');
    var word = el.querySelector('.left');
    if (!clock || !word) {
      el.textContent = '';
      clock = el.appendChild(document.createElement('span'));
      clock.className = 'clock';
      el.appendChild(document.createTextNode(' '));
      word = el.appendChild(document.createElement('span'));
      word.className = 'left';
    }
    clock.textContent = Math.floor(abs / 60) + ':' + String(abs % 60).padStart(2, '0');
    word.textContent = seconds < 0 ? 'over' : 'left';
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-remaining]').forEach(function (el) {
      if (!el.dataset.since) {
        el.dataset.since = String(now);
      }
      var left = Number(el.dataset.remaining) - Math.floor((now - Number(el.dataset.since)) / 1000);
      show(el, left);
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

// Sortable tables (the SLA report's): each column header is a button that sorts the rows by
// that column, and again the other way. Numbers sort most first, text A to Z first; a cell
// without a number ("–") goes last either way. aria-sort names the sorted column.
(function () {
  'use strict';

  function key(row, index, numeric) {
    var cell = row.cells[index];
    var text = cell ? cell.textContent.trim() : '';
    if (!numeric) {
      return text;
    }
    var number = parseFloat(text.replace(/^#/, ''));
    return isNaN(number) ? null : number;
  }

  function compare(a, b, numeric) {
    if (a === null || b === null) {
      return a === b ? 0 : (a === null ? 1 : -1);
    }
    return numeric ? a - b : a.localeCompare(b, undefined, {numeric: true, sensitivity: 'base'});
  }

  function sort(header) {
    var table = header.closest('table');
    var body = table.tBodies[0];
    var index = Array.prototype.indexOf.call(header.parentNode.children, header);
    var numeric = header.dataset.sort === 'number';
    var now = header.getAttribute('aria-sort');
    var direction = now ? (now === 'ascending' ? 'descending' : 'ascending') : (numeric ? 'descending' : 'ascending');
    var sign = direction === 'ascending' ? 1 : -1;
    var rows = Array.prototype.map.call(body.rows, function (row) {
      return {row: row, key: key(row, index, numeric)};
    });
    // Array.prototype.sort is stable: rows that tie keep the order they had.
    rows.sort(function (a, b) {
      if (a.key === null || b.key === null) {
        return compare(a.key, b.key, numeric);
      }
      return sign * compare(a.key, b.key, numeric);
    });
    rows.forEach(function (entry) {
      body.appendChild(entry.row);
    });
    header.parentNode.querySelectorAll('th').forEach(function (th) {
      th.removeAttribute('aria-sort');
    });
    header.setAttribute('aria-sort', direction);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('th > button.sort');
    if (button) {
      sort(button.parentNode);
    }
  });
})();

// Drag to reorder the agenda (chairs only: the server renders the handles for them alone, and
// refuses anyone else's order). A row is dragged by its handle with a mouse, a pen or a finger
// (pointer events); while it moves, the cut-off line moves too, by the same rule as the
// server's: the first item whose time box no longer fits, and every item after it, falls
// below the line. Dropped, the new order is posted to the form route the ▲▼ buttons use, and
// the agenda as the server then lays it out replaces the table. Escape puts the row back.
(function () {
  'use strict';

  var drag = null;
  var missed = false;   // a live update arrived during the drag and was held back

  function rows(table) {
    return Array.prototype.slice.call(table.tBodies[0].querySelectorAll('tr[data-blocker]'));
  }

  function ids(table) {
    return rows(table).map(function (row) { return row.dataset.blocker; });
  }

  function note(text) {
    var out = document.getElementById('drag-note');
    if (out) {
      out.textContent = text;
    }
  }

  function placeCutoff(table) {
    var body = table.tBodies[0];
    var cutoff = body.querySelector('tr.cutoff');
    if (!cutoff) {
      return;
    }
    var capacity = Number(table.dataset.capacity);
    var used = 0;
    var first = null;
    rows(table).forEach(function (row) {
      var minutes = Number(row.dataset.minutes);
      if (first === null && used + minutes > capacity) {
        first = row;
      }
      if (first === null) {
        used += minutes;
      }
      row.classList.toggle('overflow', first !== null);
    });
    body.insertBefore(cutoff, first || body.querySelector('tr.not-listed'));
  }

  // Replaces the agenda with the one in `html` (a whole agenda page, as the server answers).
  function swap(html) {
    var page = new DOMParser().parseFromString(html, 'text/html');
    var fresh = page.getElementById('live');
    var live = document.getElementById('live');
    if (fresh && live) {
      live.replaceWith(document.importNode(fresh, true));
    }
    return page;
  }

  function refresh() {
    fetch(window.location.pathname, {credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) { if (html) { swap(html); } })
      .catch(function () {});
  }

  function save(table) {
    var form = document.querySelector('form.order');
    if (!form) {
      return;
    }
    // The rows listed come first in their new order; the overflow not listed keeps its order after them.
    var listed = ids(table);
    var seen = new Set(listed);
    var rest = form.elements.order.defaultValue.split(/[,\s]+/).filter(function (id) {
      return id !== '' && !seen.has(id);
    });
    var body = new URLSearchParams();
    body.set('csrf', form.elements.csrf.value);
    body.set('order', listed.concat(rest).join(','));
    table.classList.add('saving');
    note('Saving the new order…');
    fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin'})
      .then(function (response) {
        return response.text().then(function (html) {
          var page = swap(html);
          var refusal = page.querySelector('.refusal');
          note(response.ok ? 'Order saved.' : (refusal ? refusal.textContent : 'The new order was refused.'));
        });
      })
      .catch(function () {
        table.classList.remove('saving');
        note('The new order was not saved: the server did not answer. Reload the page to see the order it has.');
      });
  }

  function finish(keep) {
    var d = drag;
    drag = null;
    d.row.classList.remove('dragging');
    d.table.classList.remove('dragging');
    document.body.classList.remove('dragging');
    var changed = ids(d.table).join() !== d.before.join();
    if (keep && changed) {
      missed = false;
      save(d.table);
      return;
    }
    if (!keep) {
      var body = d.table.tBodies[0];
      var end = body.querySelector('tr.not-listed');
      d.before.forEach(function (id) {
        body.insertBefore(body.querySelector('tr[data-blocker="' + id + '"]'), end);
      });
      placeCutoff(d.table);
    }
    if (missed) {
      missed = false;
      refresh();
    }
  }

  document.addEventListener('pointerdown', function (event) {
    var handle = event.target.closest && event.target.closest('table.agenda[data-rankable] .handle');
    if (!handle || drag || event.button !== 0) {
      return;
    }
    event.preventDefault();
    var row = handle.closest('tr');
    var table = row.closest('table');
    try {
      handle.setPointerCapture(event.pointerId);
    } catch (e) {
      // The drag still follows the pointer over the page.
    }
    drag = {table: table, row: row, pointer: event.pointerId, before: ids(table)};
    row.classList.add('dragging');
    table.classList.add('dragging');
    document.body.classList.add('dragging');
    note('');
  });

  document.addEventListener('pointermove', function (event) {
    if (!drag || event.pointerId !== drag.pointer) {
      return;
    }
    event.preventDefault();
    var y = event.clientY;
    var before = null;
    rows(drag.table).some(function (row) {
      if (row === drag.row) {
        return false;
      }
      var box = row.getBoundingClientRect();
      if (y < box.top + box.height / 2) {
        before = row;
        return true;
      }
      return false;
    });
    var body = drag.table.tBodies[0];
    body.insertBefore(drag.row, before || body.querySelector('tr.not-listed'));
    placeCutoff(drag.table);
    if (y < 48) {
      window.scrollBy(0, -16);
    } else if (y > window.innerHeight - 48) {
      window.scrollBy(0, 16);
    }
  });

  document.addEventListener('pointerup', function (event) {
    if (drag && event.pointerId === drag.pointer) {
      finish(true);
    }
  });

  document.addEventListener('pointercancel', function (event) {
    if (drag && event.pointerId === drag.pointer) {
      finish(false);
    }
  });

  document.addEventListener('keydown', function (event) {
    if (drag && event.key === 'Escape') {
      finish(false);
    }
  });

  // A live update would replace the table under the row being dragged: it waits for the drop.
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (drag) {
      event.detail.shouldSwap = false;
      missed = true;
    }
  });
})();

// After ▲ or ▼, the agenda page comes back with the focus on the button just pressed
// (#moved-ID-up), so a keyboard moves an item several places with Enter, Enter, Enter.
(function () {
  'use strict';
  var moved = /^#moved-(\d+)-(up|down)$/.exec(window.location.hash);
  if (!moved) {
    return;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var row = document.querySelector('table.agenda tr[data-blocker="' + moved[1] + '"]');
    var button = row && (row.querySelector('button.' + moved[2]) || row.querySelector('button.up, button.down'));
    if (button) {
      button.focus();
    }
  });
})();
