/* Regio: search on zoeken.html, without a server.
 *
 * The index is a set of small script files (zoeken/index.js, termen-XX.js, documenten-K.js) that
 * call regioZoeken.index / .termen / .documenten. We load them with <script> tags, not fetch():
 * browsers refuse fetch() under file://, and the site must work when opened from a folder.
 * Each file is loaded when a query first needs it, and at most once.
 * Plain ES2017, no libraries, no build step. */
(function () {
  'use strict';

  const form = document.getElementById('zoekformulier');
  const input = document.getElementById('zoekterm');
  const status = document.getElementById('zoek-status');
  const list = document.getElementById('zoek-resultaten');
  // The script may end up on a page without the search form: then there is nothing to do.
  if (!form || !input || !status || !list) return;

  const MAX_RESULTS = 50;
  // Exact match weighs 1.0, prefix match 0.6. As integers (5:3) equal scores stay exactly equal,
  // so the tie-break on document id is not disturbed by floating-point rounding.
  const EXACT = 5;
  const PREFIX = 3;
  const TYPING_DELAY = 150;   // ms after the last keystroke before we search
  const ANNOUNCE_DELAY = 600; // ms more before the live region changes while typing, so a screen
                              // reader announces the count once the user pauses, not every key
  const LOADING_DELAY = 300;  // show "Zoeken…" only when loading is slow enough to notice

  const base = form.getAttribute('data-index') || 'zoeken/';
  const lang = document.documentElement.lang || 'nl';
  const text = (key) => form.getAttribute('data-tekst-' + key) || '';

  // The index files call these while their <script> runs; load() picks the data up on 'load',
  // which fires after the script has run. A file that loads but never calls back is an error.
  const received = new Map();
  window.regioZoeken = {
    index: (data) => { received.set('index', data); },
    documenten: (k, docs) => { received.set('documenten-' + k, docs); },
    termen: (prefix, terms) => { received.set('termen-' + prefix, terms); },
    woorden: (words) => { received.set('woorden', words); }
  };

  const loads = new Map(); // file name → promise of its data; a failure stays cached too
  function load(name) {
    if (!loads.has(name)) {
      loads.set(name, new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = base + name + '.js';
        script.onload = () => {
          script.remove();
          if (received.has(name)) resolve(received.get(name));
          else reject(new Error('geen gegevens in ' + name));
          received.delete(name);
        };
        script.onerror = () => { script.remove(); reject(new Error('niet geladen: ' + name)); };
        document.head.appendChild(script);
      }));
    }
    return loads.get(name);
  }

  // Must fold exactly as the Swift build does (TextFolding, SearchText), or terms would not be found.
  function fold(s) {
    return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/\u00df/g, 'ss')
      .match(/[a-z0-9]+/g) || [];
  }

  let stopwords = null;
  function queryTokens(q, index) {
    if (!stopwords) stopwords = new Set(index.stopwoorden || []);
    return Array.from(new Set(fold(q))).filter((t) => t.length >= 2 && !stopwords.has(t));
  }

  // Shards are named by the first letters of their terms, all names equally long (index.sleutel:
  // one letter for a small site, two for a large one). Pick them from `delen` instead of cutting the
  // token at a fixed length: that fits any key length, and a token shorter than the key (say "ve"
  // with three-letter keys) gets every shard that starts with it. Unlisted shards do not exist.
  function shardsFor(token, index) {
    return index.delen.filter((key) => token.startsWith(key) || key.startsWith(token));
  }

  // Dutch plural and inflected endings: "huisverbod" finds "huisverboden" as well as a word of its
  // own, and "meldcodes" finds "meldcode". Only for words of four letters or more, so that "de" or
  // "ze" do not become other words.
  const ENDINGS = ['en', 'e', 's'];
  function sameWord(term, token) {
    if (term === token) return true;
    if (token.length < 4) return false;
    return ENDINGS.some((end) => term === token + end || (token.length - end.length >= 4 && token === term + end));
  }

  // For one query token: document id → best score over all terms that start with the token, or are
  // the token without a plural ending.
  async function matches(token, index) {
    const best = new Map();
    const shards = await Promise.all(shardsFor(token, index).map((key) => load('termen-' + key)));
    for (const terms of shards) {
      // Walk the own keys only: a lookup like terms[token] could hit Object.prototype.
      for (const term of Object.keys(terms)) {
        const exact = sameWord(term, token);
        if (!exact && !term.startsWith(token)) continue;
        const factor = exact ? EXACT : PREFIX;
        const postings = terms[term];
        for (let i = 0; i + 1 < postings.length; i += 2) {
          const score = postings[i + 1] * factor;
          if (score > (best.get(postings[i]) || 0)) best.set(postings[i], score);
        }
      }
    }
    return best;
  }

  // Optimal string alignment distance (an adjacent swap counts as one edit), or max + 1 as soon as
  // it must be more than max: a typo is one or two edits, and most terms are ruled out in a row or two.
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    let before = null;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      let least = i;
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
        row.push(d);
        if (d < least) least = d;
      }
      if (least > max) return max + 1;
      before = previous;
      previous = row;
    }
    return previous[b.length];
  }

  // The indexed term nearest to a token that found nothing, from the shards its search loaded
  // already (so a suggestion costs no file): one edit for a short word, two from six letters.
  // Ties go to the term more documents have, then to the first in the alphabet. Null when none is near.
  async function nearestTerm(token, index) {
    if (token.length < 3) return null;
    const max = token.length >= 6 ? 2 : 1;
    let best = null;
    const shards = await Promise.all(shardsFor(token, index).map((key) => load('termen-' + key)));
    for (const terms of shards) {
      for (const term of Object.keys(terms)) {
        const d = distance(token, term, max);
        if (d > max) continue;
        const documents = terms[term].length / 2;
        if (!best || d < best.d || (d === best.d && (documents > best.documents ||
            (documents === best.documents && term < best.term)))) best = { term, d, documents };
      }
    }
    if (best) return best.term;
    // A typo in the first letters ("beilig") is not in the shard its letters name: look among the
    // words most documents have. They come most first, so the first of the least distance wins.
    const words = await load('woorden').catch(() => []);
    for (const term of words) {
      const d = distance(token, term, max);
      if (d <= max && (!best || d < best.d)) best = { term, d };
    }
    return best && best.term;
  }

  // Resolves to null (no usable tokens) or { total, docs, words, of, missing, suggestion }: at most
  // MAX_RESULTS docs of `total` that match `words` of the `of` query words (all of them when any
  // document has all). `missing` are the words no document has; `suggestion` the query with each of
  // those replaced by the nearest indexed term, when there is one.
  async function search(q) {
    const index = await load('index');
    if (index.versie !== 1) throw new Error('onbekende indexversie ' + index.versie);
    const tokens = queryTokens(q, index);
    if (tokens.length === 0) return null;

    const perToken = await Promise.all(tokens.map((t) => matches(t, index)));
    // Per document: how many words it matches and its summed score. A document that matches every
    // word always comes first; without one, those that match the most words are the result.
    const found = new Map();
    for (const best of perToken) {
      for (const [doc, score] of best) {
        const hit = found.get(doc);
        if (hit) { hit.score += score; hit.words += 1; } else found.set(doc, { doc, score, words: 1 });
      }
    }
    let words = 0;
    for (const hit of found.values()) if (hit.words > words) words = hit.words;
    const hits = Array.from(found.values()).filter((hit) => hit.words === words);
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);

    const missing = tokens.filter((t, i) => perToken[i].size === 0);
    let suggestion = null;
    if (missing.length) {
      const nearest = await Promise.all(missing.map((t) => nearestTerm(t, index)));
      if (nearest.some(Boolean)) {
        suggestion = tokens.map((t) => { const i = missing.indexOf(t); return i >= 0 && nearest[i] ? nearest[i] : t; }).join(' ');
      }
    }

    const top = hits.slice(0, MAX_RESULTS);
    const blockNumbers = Array.from(new Set(top.map((h) => Math.floor(h.doc / index.blok))));
    const blocks = new Map(await Promise.all(
      blockNumbers.map((k) => load('documenten-' + k).then((docs) => [k, docs]))));
    const docs = top.map((h) => blocks.get(Math.floor(h.doc / index.blok))[h.doc % index.blok])
      .filter(Boolean);
    return { total: hits.length, docs, words, of: tokens.length, missing, suggestion };
  }

  // DOM APIs and textContent only: titles and summaries are written by content authors.
  function render(docs) {
    const fragment = document.createDocumentFragment();
    for (const [titel, url, soort, plaats, samenvatting, documentStatus] of docs) {
      // The build writes URLs relative to the search root; refuse anything with a scheme or host.
      if (typeof url !== 'string' || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue;
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.setAttribute('href', url);
      a.textContent = titel;
      li.appendChild(a);
      const meta = [soort, plaats].filter(Boolean).join(' · ');
      // A concept or superseded document says so, as in the lists of the site; an adopted one has
      // no status in the index.
      const statusText = documentStatus ? text('status-' + documentStatus) : '';
      if (meta || statusText) {
        const span = document.createElement('span');
        span.className = 'doc-meta';
        span.textContent = meta;
        if (statusText) {
          const mark = document.createElement('span');
          mark.className = 'status status-' + documentStatus;
          mark.textContent = statusText;
          span.append(meta ? ' · ' : '', mark);
        }
        li.append(' ', span);
      }
      if (samenvatting) {
        const p = document.createElement('p');
        p.textContent = samenvatting;
        li.appendChild(p);
      }
      fragment.appendChild(li);
    }
    list.textContent = '';
    list.appendChild(fragment);
  }

  // Screen readers announce every change of the live region, so change it only when the text
  // changes, and (while typing) only after a pause. A suggestion is a link inside the message, so
  // that it is read with the count and reached with Tab right after the search box.
  let announceTimer = 0;
  let shown = '';
  function say(message, delay, suggestion) {
    clearTimeout(announceTimer);
    const show = () => {
      const key = message + '\n' + (suggestion || '');
      if (shown === key) return;
      shown = key;
      status.textContent = message;
      if (suggestion) {
        const [before, after] = text('bedoelt').split('{suggestie}');
        const a = document.createElement('a');
        a.className = 'zoek-suggestie';
        a.setAttribute('href', '?' + new URLSearchParams({ q: suggestion }).toString());
        a.textContent = suggestion;
        status.append(' ' + (before || ''), a, after || '');
      }
    };
    if (delay) announceTimer = setTimeout(show, delay); else show();
  }

  // Replacement functions, so a '$' in the query is not read as a replacement pattern.
  function fill(template, values) {
    return Object.keys(values).reduce((s, key) => s.replace('{' + key + '}', () => values[key]), template);
  }

  function countMessage(result, q) {
    const n = result.total;
    const count = n.toLocaleString(lang);
    if (n > 0 && result.words < result.of) {
      const partial = fill(text(n === 1 ? 'deels-een' : 'deels'), { n: count, m: result.words, k: result.of, q });
      return partial + (result.missing.length ? ' ' + fill(text('niet-gevonden'), { woorden: result.missing.join(', ') }) : '');
    }
    return fill(text(n === 0 ? 'geen' : n === 1 ? 'een' : 'aantal'), { n: count, q });
  }

  // Keep ?q= in the address so the result page can be bookmarked and Back returns to it.
  // Some browsers refuse replaceState under file://; searching works without it.
  function syncAddress(q) {
    try {
      const url = new URL(location.href);
      if ((url.searchParams.get('q') || '') === q) return;
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      history.replaceState(history.state, '', url.href);
    } catch (e) { /* ignored on purpose */ }
  }

  let latest = 0; // only the newest search may write to the page
  async function run(raw, typing) {
    const q = raw.trim();
    const ticket = ++latest;
    const delay = typing ? ANNOUNCE_DELAY : 0;
    syncAddress(q);
    if (!q) { render([]); say('', 0, null); return; }
    const slow = setTimeout(() => { if (ticket === latest) say(text('laden'), 0); }, LOADING_DELAY);
    try {
      const result = await search(q);
      if (ticket !== latest) return;
      render(result ? result.docs : []);
      say(result ? countMessage(result, q) : text('kort'), delay, result && result.suggestion);
    } catch (e) {
      if (ticket !== latest) return;
      render([]);
      say(text('fout'), 0, null);
    } finally {
      clearTimeout(slow);
    }
  }

  let typingTimer = 0;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => run(input.value, true), TYPING_DELAY);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault(); // we search in place; without JavaScript the form reloads the page
    clearTimeout(typingTimer);
    run(input.value, false);
  });

  // A suggestion searches in place, as typing it would, and puts the reader back in the box.
  status.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a.zoek-suggestie');
    if (!link) return;
    event.preventDefault();
    clearTimeout(typingTimer);
    input.value = link.textContent;
    input.focus();
    run(input.value, false);
  });

  // Keyboard: ArrowDown from the box to the first result, arrows between results, Escape back.
  // The results stay ordinary links in the tab order; this is a shortcut, not a replacement.
  const resultLinks = () => Array.from(list.querySelectorAll('li > a'));
  input.addEventListener('keydown', (event) => {
    const first = resultLinks()[0];
    if (event.key === 'ArrowDown' && first) { event.preventDefault(); first.focus(); }
  });
  list.addEventListener('keydown', (event) => {
    const links = resultLinks();
    const i = links.indexOf(document.activeElement);
    if (i < 0) return;
    let target = null;
    if (event.key === 'ArrowDown') target = links[i + 1] || links[i];
    else if (event.key === 'ArrowUp') target = i > 0 ? links[i - 1] : input;
    else if (event.key === 'Escape') target = input;
    if (!target) return;
    event.preventDefault();
    target.focus();
  });

  // Other pages send their header form here as zoeken.html?q=…; file:// keeps the query too.
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial, false);
  } else {
    load('index').catch(() => {}); // warm up, so the first keystroke does not wait for it
  }
})();
