/*
 * Gongkai search page. No library, no fetch: the index is a set of scripts (search/manifest.js, then one or more
 * shards per year, see gongkai.search.SearchIndex for the format) added as <script> elements, so it works from
 * file://, on an intranet and offline. Shards are loaded only when a query needs them, only for the chosen year.
 *
 * Queries are cut like the index (gongkai.search.Tokenizer): text folded by NFKC and lower case; Han runs are
 * looked up by character bigrams (a single character by every term holding it) and must occur as written; runs of
 * other letters and digits match a word of the text by prefix (mstp, 13020822P0090881). Words separated by spaces
 * must all occur in the document. Results are built as DOM nodes with textContent only.
 */
(function () {
  'use strict';

  var form = document.getElementById('search-form');
  if (!form) {
    return;
  }
  var input = document.getElementById('search-q');
  var yearSelect = document.getElementById('search-year');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var root = form.getAttribute('data-root') || '';
  var manifestSrc = form.getAttribute('data-manifest');

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) {
    DIGIT[ALPHABET.charCodeAt(a)] = a;
  }
  var HAN = /\p{Script=Han}/u;
  var WORD = /[\p{L}\p{Nd}]/u;
  var SHOWN = 50;
  var KINDS = [
    {key: 'u', title: '单位'},
    {key: 'p', title: '项目'},
    {key: 'i', title: '指标'}
  ];

  /* Measurements for the benchmark: when the last results reached the DOM, and how long the query took. */
  var stats = window.gongkaiSearchStats = {runs: 0, lastMs: null, firstResultAt: null, loadedFiles: []};

  var manifest = null;
  var manifestWaiters = [];
  var shardsByFile = {};

  function isHan(ch) {
    return HAN.test(ch);
  }

  function isWord(ch) {
    return WORD.test(ch) && !HAN.test(ch);
  }

  /* The text folded as the index folds it, with the position in the original text of every folded unit. */
  function fold(text) {
    var out = '';
    var from = [];
    var to = [];
    var i = 0;
    while (i < text.length) {
      var cp = text.codePointAt(i);
      var len = cp > 0xffff ? 2 : 1;
      var f = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
      for (var k = 0; k < f.length; k++) {
        from.push(i);
        to.push(i + len);
      }
      out += f;
      i += len;
    }
    return {text: out, from: from, to: to};
  }

  /* The needles of a query: {text, han} for every Han run and every run of other letters and digits. */
  function needles(query) {
    var folded = fold(query).text;
    var out = [];
    var chars = Array.from(folded);
    var i = 0;
    while (i < chars.length) {
      var han = isHan(chars[i]);
      if (!han && !isWord(chars[i])) {
        i++;
        continue;
      }
      var run = '';
      while (i < chars.length && (han ? isHan(chars[i]) : isWord(chars[i]))) {
        run += chars[i];
        i++;
      }
      out.push({text: run, han: han});
    }
    return out;
  }

  /* ---- loading ---- */

  function addScript(src, onError) {
    var s = document.createElement('script');
    s.src = root + src;
    s.onerror = onError;
    document.head.appendChild(s);
  }

  function whenManifest(callback) {
    if (manifest) {
      callback();
      return;
    }
    manifestWaiters.push(callback);
    if (manifestWaiters.length === 1) {
      addScript(manifestSrc, failed);
    }
  }

  function failed() {
    say('无法加载搜索索引，请稍后再试，或使用下面的全部单位和项目列表。');
  }

  /* Loads the shards of the chosen year (or of every year) that are not loaded yet, then calls back. */
  function whenShards(year, callback) {
    whenManifest(function () {
      var wanted = manifest.shards.filter(function (s) {
        return !year || String(s.y) === year;
      });
      var missing = wanted.filter(function (s) {
        return !(shardsByFile[s.f] && shardsByFile[s.f].ready);
      });
      if (missing.length === 0) {
        callback(wanted.map(function (s) {
          return shardsByFile[s.f];
        }));
        return;
      }
      var left = missing.length;
      missing.forEach(function (s) {
        var entry = shardsByFile[s.f];
        if (!entry) {
          entry = shardsByFile[s.f] = {ready: false, waiters: []};
          addScript(s.f, failed);
          stats.loadedFiles.push(s.f);
        }
        entry.waiters.push(function () {
          left--;
          if (left === 0) {
            callback(wanted.map(function (w) {
              return shardsByFile[w.f];
            }));
          }
        });
      });
    });
  }

  window.gongkaiSearch = {
    manifest: function (m) {
      manifest = m;
      var waiters = manifestWaiters;
      manifestWaiters = [];
      waiters.forEach(function (w) {
        w();
      });
    },
    shard: function (data) {
      var entry = shardsByFile[data.f] || (shardsByFile[data.f] = {waiters: []});
      prepare(entry, data);
      entry.ready = true;
      var waiters = entry.waiters;
      entry.waiters = [];
      waiters.forEach(function (w) {
        w();
      });
    }
  };

  /* Reads the term list and where each term's postings start; postings are decoded when a query needs them. */
  function prepare(entry, data) {
    var terms = data.t ? data.t.split(' ') : [];
    var d = data.d;
    var starts = new Int32Array(terms.length);
    var pos = 0;
    for (var k = 0; k < terms.length; k++) {
      starts[k] = pos;
      var r = readVarint(d, pos);
      pos = r.next;
      for (var n = r.value; n > 0; pos++) {
        if (DIGIT[d.charCodeAt(pos)] < 32) {
          n--;
        }
      }
    }
    entry.data = data;
    entry.terms = terms;
    entry.starts = starts;
    entry.folded = new Array(data.s.length);
    entry.nu = data.u.length;
    entry.np = data.p.length;
    /* Indicators: five string positions each (二级 + 1, 0 when blank), as varints. */
    var refs = [];
    for (var at = 0; at < data.i.length;) {
      var v = readVarint(data.i, at);
      refs.push(v.value);
      at = v.next;
    }
    entry.indicators = Int32Array.from(refs);
    /* The project of each indicator: projects list their indicators in order, with their number. */
    var owner = new Int32Array(refs.length / 5);
    var next = 0;
    data.p.forEach(function (p, index) {
      for (var n = 0; n < p[6]; n++) {
        owner[next++] = index;
      }
    });
    entry.owner = owner;
  }

  function readVarint(d, pos) {
    var value = 0;
    var shift = 0;
    for (;;) {
      var digit = DIGIT[d.charCodeAt(pos++)];
      value += (digit & 31) * Math.pow(2, shift);
      if (digit < 32) {
        return {value: value, next: pos};
      }
      shift += 5;
    }
  }

  function postings(shard, k) {
    var d = shard.data.d;
    var r = readVarint(d, shard.starts[k]);
    var out = new Array(r.value);
    var pos = r.next;
    var doc = 0;
    for (var n = 0; n < out.length; n++) {
      r = readVarint(d, pos);
      doc = n === 0 ? r.value : doc + r.value;
      out[n] = doc;
      pos = r.next;
    }
    return out;
  }

  function termIndex(terms, term) {
    var lo = 0;
    var hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (terms[mid] < term) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  function intersect(a, b) {
    var out = [];
    var i = 0;
    var j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) {
        out.push(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }

  function union(lists) {
    var seen = {};
    var out = [];
    lists.forEach(function (list) {
      list.forEach(function (doc) {
        if (!seen[doc]) {
          seen[doc] = true;
          out.push(doc);
        }
      });
    });
    return out.sort(function (x, y) {
      return x - y;
    });
  }

  /* The documents of a shard that may hold a needle (every one that does, and a few that only seem to). */
  function candidates(shard, needle) {
    var terms = shard.terms;
    var chars = Array.from(needle.text);
    if (needle.han && chars.length >= 2) {
      var docs = null;
      for (var c = 0; c + 1 < chars.length; c++) {
        var bigram = chars[c] + chars[c + 1];
        var k = termIndex(terms, bigram);
        if (k >= terms.length || terms[k] !== bigram) {
          return [];
        }
        docs = docs === null ? postings(shard, k) : intersect(docs, postings(shard, k));
      }
      return docs;
    }
    var lists = [];
    if (needle.han) {
      for (var t = 0; t < terms.length; t++) {
        if (terms[t].indexOf(needle.text) >= 0) {
          lists.push(postings(shard, t));
        }
      }
    } else {
      for (var p = termIndex(terms, needle.text); p < terms.length && terms[p].lastIndexOf(needle.text, 0) === 0; p++) {
        lists.push(postings(shard, p));
      }
    }
    return union(lists);
  }

  /* ---- documents ---- */

  function str(shard, index) {
    return index === undefined || index < 0 ? '' : shard.data.s[index];
  }

  function folded(shard, index) {
    if (index === undefined || index < 0) {
      return fold('');
    }
    return shard.folded[index] || (shard.folded[index] = fold(shard.data.s[index]));
  }

  function literal(text) {
    return {literal: text};
  }

  /* A document as fields {label, text, folded, title}; title fields rank first when they match. */
  function documentOf(shard, doc) {
    var data = shard.data;
    var year = data.y;
    if (doc < shard.nu) {
      var u = data.u[doc];
      return {kind: 'u', year: year, href: u[3], fields: [
        field('name', shard, u[1], true), field('code', null, literal(u[0]), true), field('dept', shard, u[2], false),
        field('duties', shard, u[4], false), field('target', shard, u[5], false)
      ]};
    }
    if (doc < shard.nu + shard.np) {
      var p = data.p[doc - shard.nu];
      return {kind: 'p', year: year, href: p[5], unit: str(shard, data.u[p[0]][1]), fields: [
        field('name', shard, p[2], true), field('code', null, literal(p[1]), true),
        field('purpose', shard, p[3], false), field('goal', shard, p[4], false), field('category', shard, p[7], false)
      ]};
    }
    var number = doc - shard.nu - shard.np;
    var ind = shard.indicators.subarray(5 * number, 5 * number + 5);
    var project = data.p[shard.owner[number]];
    return {kind: 'i', year: year, href: project[5] + '#' + str(shard, ind[4]), unit: str(shard, data.u[project[0]][1]),
      project: str(shard, project[2]), fields: [
        field('level3', shard, ind[2], true), field('value', shard, ind[3], true),
        field('level1', shard, ind[0], false), field('level2', shard, ind[1] - 1, false)
      ]};
  }

  function field(name, shard, ref, title) {
    if (ref && ref.literal !== undefined) {
      return {name: name, text: ref.literal, folded: fold(ref.literal), title: title};
    }
    return {name: name, text: str(shard, ref), folded: folded(shard, ref), title: title};
  }

  /* Where a needle occurs in a folded text: [start, end) pairs in folded units. */
  function occurrences(text, needle) {
    var out = [];
    if (!text) {
      return out;
    }
    var from = 0;
    for (;;) {
      var at = text.indexOf(needle.text, from);
      if (at < 0) {
        return out;
      }
      if (needle.han || at === 0 || !isWord(previousChar(text, at))) {
        out.push([at, at + needle.text.length]);
      }
      from = at + 1;
    }
  }

  function previousChar(text, at) {
    var c = text.charCodeAt(at - 1);
    if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
      return text.slice(at - 2, at);
    }
    return text.charAt(at - 1);
  }

  /* The matches of a document: null unless every needle occurs; else the ranges of each field and a score. */
  function match(doc, list, whole) {
    var ranges = doc.fields.map(function () {
      return [];
    });
    for (var n = 0; n < list.length; n++) {
      var found = false;
      for (var f = 0; f < doc.fields.length; f++) {
        var occ = occurrences(doc.fields[f].folded.text, list[n]);
        if (occ.length) {
          found = true;
          ranges[f] = ranges[f].concat(occ);
        }
      }
      if (!found) {
        return null;
      }
    }
    var score = 0;
    doc.fields.forEach(function (fd, f) {
      if (fd.title && fd.folded.text === whole) {
        score = Math.max(score, 3);
      } else if (fd.title && ranges[f].length) {
        score = Math.max(score, 2);
      } else if (ranges[f].length) {
        score = Math.max(score, 1);
      }
    });
    return {ranges: ranges, score: score};
  }

  /* ---- searching ---- */

  var sequence = 0;
  var timer = null;

  function run(startedAt) {
    var query = input.value.trim();
    var year = yearSelect ? yearSelect.value : '';
    var mine = ++sequence;
    if (!query) {
      clear(results);
      say('');
      return;
    }
    var list = needles(query);
    if (list.length === 0) {
      clear(results);
      say('请输入汉字、字母或数字。');
      return;
    }
    if (!allLoaded(year)) {
      say('正在加载搜索索引…');
    }
    whenShards(year, function (shards) {
      if (mine !== sequence) {
        return;
      }
      var whole = list.map(function (n) {
        return n.text;
      }).join('');
      var groups = {u: [], p: [], i: []};
      var order = 0;
      shards.forEach(function (shard) {
        var docs = null;
        for (var n = 0; n < list.length && (docs === null || docs.length); n++) {
          var c = candidates(shard, list[n]);
          docs = docs === null ? c : intersect(docs, c);
        }
        (docs || []).forEach(function (d) {
          var doc = documentOf(shard, d);
          var m = match(doc, list, whole);
          if (m) {
            doc.match = m;
            doc.order = order++;
            groups[doc.kind].push(doc);
          }
        });
      });
      Object.keys(groups).forEach(function (k) {
        groups[k].sort(function (x, y) {
          return y.match.score - x.match.score || x.order - y.order;
        });
      });
      show(groups, query);
      var now = performance.now();
      stats.runs++;
      stats.lastMs = now - startedAt;
      if (stats.firstResultAt === null) {
        stats.firstResultAt = now;
      }
    });
  }

  function allLoaded(year) {
    return manifest && manifest.shards.every(function (s) {
      return (year && String(s.y) !== year) || (shardsByFile[s.f] && shardsByFile[s.f].ready);
    });
  }

  /* ---- showing ---- */

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function say(text) {
    if (status.textContent !== text) {
      status.textContent = text;
    }
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  /* The text of a field with its matches in <mark>; long texts are cut to the part around the first match. */
  function marked(fd, ranges, cut) {
    var span = el('span');
    var text = fd.text;
    var parts = ranges.map(function (r) {
      return [fd.folded.from[r[0]], fd.folded.to[r[1] - 1]];
    }).sort(function (x, y) {
      return x[0] - y[0] || y[1] - x[1];
    });
    var merged = [];
    parts.forEach(function (p) {
      var last = merged[merged.length - 1];
      if (last && p[0] <= last[1]) {
        last[1] = Math.max(last[1], p[1]);
      } else {
        merged.push([p[0], p[1]]);
      }
    });
    var start = 0;
    var end = text.length;
    if (cut && text.length > cut) {
      var first = merged.length ? merged[0][0] : 0;
      start = Math.max(0, first - Math.floor(cut / 3));
      end = Math.min(text.length, start + cut);
    }
    if (start > 0) {
      span.appendChild(document.createTextNode('…'));
    }
    var pos = start;
    merged.forEach(function (m) {
      var a = Math.max(m[0], start);
      var b = Math.min(m[1], end);
      if (a >= b) {
        return;
      }
      span.appendChild(document.createTextNode(text.slice(pos, a)));
      span.appendChild(el('mark', null, text.slice(a, b)));
      pos = b;
    });
    span.appendChild(document.createTextNode(text.slice(pos, end)));
    if (end < text.length) {
      span.appendChild(document.createTextNode('…'));
    }
    return span;
  }

  function fieldOf(doc, name) {
    for (var f = 0; f < doc.fields.length; f++) {
      if (doc.fields[f].name === name) {
        return {fd: doc.fields[f], ranges: doc.match.ranges[f]};
      }
    }
    return null;
  }

  function markedField(doc, name, cut) {
    var f = fieldOf(doc, name);
    return marked(f.fd, f.ranges, cut);
  }

  function hit(doc, name) {
    var f = fieldOf(doc, name);
    return f && f.ranges.length > 0;
  }

  function item(doc) {
    var li = el('li', 'search-hit');
    var link = el('a');
    link.href = root + doc.href;
    var where = el('p', 'where');
    var sep = function () {
      where.appendChild(document.createTextNode(' · '));
    };
    where.appendChild(document.createTextNode(doc.year + '年'));
    if (doc.kind === 'u') {
      link.appendChild(markedField(doc, 'name'));
      sep();
      where.appendChild(document.createTextNode('单位编码 '));
      where.appendChild(markedField(doc, 'code'));
      if (fieldOf(doc, 'dept').fd.text) {
        sep();
        where.appendChild(document.createTextNode('主管部门 '));
        where.appendChild(markedField(doc, 'dept'));
      }
    } else if (doc.kind === 'p') {
      link.appendChild(markedField(doc, 'name'));
      sep();
      where.appendChild(document.createTextNode(doc.unit));
      sep();
      where.appendChild(document.createTextNode('项目编码 '));
      where.appendChild(markedField(doc, 'code'));
    } else {
      link.appendChild(markedField(doc, 'level3'));
      sep();
      where.appendChild(document.createTextNode(doc.unit));
      sep();
      where.appendChild(document.createTextNode(doc.project));
      sep();
      where.appendChild(markedField(doc, 'level1'));
      if (fieldOf(doc, 'level2').fd.text) {
        where.appendChild(document.createTextNode('/'));
        where.appendChild(markedField(doc, 'level2'));
      }
    }
    li.appendChild(el('p', 'hit-title')).appendChild(link);
    li.appendChild(where);
    if (doc.kind === 'u') {
      [['duties', '部门（单位）职责：'], ['target', '年度总体绩效目标：']].forEach(function (f) {
        if (hit(doc, f[0])) {
          var t = li.appendChild(el('p', 'hit-text', f[1]));
          t.appendChild(markedField(doc, f[0], 90));
        }
      });
    } else if (doc.kind === 'p') {
      [['category', '项目分类：'], ['purpose', '资金用途：'], ['goal', '绩效目标：']].forEach(function (f) {
        if (hit(doc, f[0])) {
          var p = li.appendChild(el('p', 'hit-text', f[1]));
          p.appendChild(markedField(doc, f[0], 90));
        }
      });
    } else if (doc.kind === 'i') {
      var v = li.appendChild(el('p', 'hit-text', '指标值：'));
      v.appendChild(markedField(doc, 'value'));
    }
    return li;
  }

  function show(groups, query) {
    clear(results);
    var total = 0;
    var counts = [];
    KINDS.forEach(function (kind) {
      var docs = groups[kind.key];
      total += docs.length;
      if (docs.length === 0) {
        return;
      }
      counts.push(kind.title + ' ' + docs.length + ' 条');
      var section = el('section', 'search-group');
      var id = 'results-' + kind.key;
      section.setAttribute('aria-labelledby', id);
      var h = el('h2', null, kind.title + '（' + docs.length + ' 条）');
      h.id = id;
      section.appendChild(h);
      var ol = el('ol', 'search-hits');
      section.appendChild(ol);
      var shown = Math.min(docs.length, SHOWN);
      for (var d = 0; d < shown; d++) {
        ol.appendChild(item(docs[d]));
      }
      if (docs.length > shown) {
        var more = el('button', 'tool search-more', '显示其余 ' + (docs.length - shown) + ' 条' + kind.title + '结果');
        more.type = 'button';
        more.addEventListener('click', function () {
          var first = null;
          for (var r = shown; r < docs.length; r++) {
            var li = ol.appendChild(item(docs[r]));
            first = first || li.querySelector('a');
          }
          more.parentNode.removeChild(more);
          if (first) {
            first.focus();
          }
        });
        section.appendChild(more);
      }
      results.appendChild(section);
    });
    var scope = yearSelect && yearSelect.value ? yearSelect.value + '年中' : '';
    say(total === 0
        ? '没有找到包含“' + query + '”的' + (scope ? scope + '的' : '') + '内容。'
        : '找到 ' + total + ' 条结果（' + counts.join('，') + '）。');
  }

  /* ---- wiring ---- */

  function schedule(delay) {
    var startedAt = performance.now();
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(function () {
      timer = null;
      run(startedAt);
    }, delay);
  }

  function remember() {
    try {
      var params = new URLSearchParams();
      if (input.value.trim()) {
        params.set('q', input.value.trim());
      }
      if (yearSelect && yearSelect.value) {
        params.set('year', yearSelect.value);
      }
      var search = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (search ? '?' + search : ''));
    } catch (e) {
      /* Some browsers refuse replaceState on file:// pages; the results are shown all the same. */
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    remember();
    schedule(0);
  });
  input.addEventListener('input', function () {
    schedule(150);
  });
  if (yearSelect) {
    yearSelect.addEventListener('change', function () {
      remember();
      schedule(0);
    });
  }

  var params = new URLSearchParams(window.location.search);
  var q = params.get('q');
  var y = params.get('year');
  if (yearSelect && y && yearSelect.querySelector('option[value="' + y.replace(/[^0-9]/g, '') + '"]')) {
    yearSelect.value = y;
  }
  var header = document.getElementById('site-search-q');
  if (q) {
    input.value = q;
    if (header) {
      header.value = q;
    }
    run(0);
  }
})();
