// Progressive enhancement of the search page: the form works without this file (plain GET,
// full page loads). With it, a changed filter updates the results in place, the URL follows
// (shareable, and Back restores the previous search), and focus stays where the reader was.
(function () {
  'use strict';
  var form = document.getElementById('search');
  if (!form || !window.fetch || !window.history || !window.URLSearchParams) return;
  var pending = null;
  var timer = null;
  var narrow = window.matchMedia('(max-width: 48rem)');
  var details = form.querySelector('details.filters');
  // On a phone the results come first; the filters open on demand.
  if (details && narrow.matches) details.open = false;

  function queryOf(f) {
    var params = new URLSearchParams();
    new FormData(f).forEach(function (value, key) {
      if (typeof value === 'string' && value.trim() !== '') params.append(key, value);
    });
    return params.toString();
  }

  function swap(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    ['results', 'search'].forEach(function (id) {
      var fresh = doc.getElementById(id);
      var current = document.getElementById(id);
      if (!fresh || !current) return;
      if (id === 'search') {
        // Only the filter counts and choices change; the keyword box keeps the reader's cursor.
        var freshAside = fresh.querySelector('aside');
        var aside = current.querySelector('aside');
        if (freshAside && aside) {
          var wasOpen = aside.querySelector('details.filters');
          var nowOpen = freshAside.querySelector('details.filters');
          if (wasOpen && nowOpen) nowOpen.open = wasOpen.open;
          var active = document.activeElement;
          var key = active && active.name ? active.name + '=' + active.value : null;
          aside.replaceWith(freshAside);
          if (key) {
            var again = freshAside.querySelector('[name="' + active.name + '"][value="' + CSS.escape(active.value) + '"]');
            if (again) again.focus();
          }
        }
      } else {
        current.replaceWith(fresh);
      }
    });
    document.title = doc.title;
  }

  function load(url, push) {
    if (pending) pending.abort();
    pending = new AbortController();
    form.setAttribute('aria-busy', 'true');
    return fetch(url, { signal: pending.signal, headers: { Accept: 'text/html' } })
      .then(function (res) { return res.text().then(function (text) { return { ok: res.ok, text: text }; }); })
      .then(function (page) {
        if (!page.ok) { window.location.href = url; return; }
        swap(page.text);
        if (push) history.pushState({ board: true }, '', url);
      })
      .catch(function (err) { if (err.name !== 'AbortError') window.location.href = url; })
      .finally(function () { form.removeAttribute('aria-busy'); });
  }

  function update() {
    clearTimeout(timer);
    var results = document.getElementById('results');
    if (results) results.setAttribute('aria-busy', 'true');
    load('/?' + queryOf(form), true);
  }

  form.addEventListener('change', function (event) {
    if (event.target && event.target.name === 'q') return;
    clearTimeout(timer);
    timer = setTimeout(update, event.target && event.target.type === 'number' ? 400 : 0);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    update();
  });
  window.addEventListener('popstate', function () {
    load(window.location.href, false);
  });
})();
