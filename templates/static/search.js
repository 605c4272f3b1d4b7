/*
 * Gongkai search page. No library, no fetch: the index is a set of scripts (see gongkai.search.SearchIndex for the
 * format) added as <script> elements, so it works from file://, on an intranet and offline. A query loads the
 * manifest, then for each year searched only the term files that hold its terms (and, for a run of four or more
 * Han characters, their positions), and then only the document files of the results it shows.
 *
 * Queries are cut like the index (gongkai.search.Tokenizer): text folded by NFKC and lower case; a Han run of one
 * to three characters is looked up as that term, of more as trigrams that cover it, which must follow each other in
 * one field (the positions say where each trigram is); runs of other letters and digits match a word of the text by
 * prefix (mstp, 13020822P0090881). Words separated by spaces must all occur in the document. The postings
 * alone decide what is found, its count and its rank; the texts are loaded only to show a result and mark its
 * matches. Results are built as DOM nodes with textContent only.
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
  /* Results of a group shown at first, and added by each press of its button. */
  var SHOWN = 50;
  var KINDS = [
    {key: 'u', title: '单位'},
    {key: 'p', title: '项目'},
    {key: 'i', title: '指标'}
  ];
  /* A document's three numbers (unit, project, indicator) packed into one: unit × 2^32 + project × 2^16 + indicator. */
  var UNIT = 4294967296;
  var PROJECT = 65536;

  /* Measurements for the benchmarks: when the last results reached the DOM, and how long the query took. */
  var stats = window.gongkaiSearchStats = {runs: 0, lastMs: null, firstResultAt: null, loadedFiles: []};

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

  var manifest = null;
  var manifestWaiters = [];
  /* The index files by their path from the site root: {data, waiters}. */
  var files = {};

  function addScript(src, onError) {
    var s = document.createElement('script');
    s.src = root + src;
    s.onerror = onError;
    document.head.appendChild(s);
  }

  function failed() {
    say('无法加载搜索索引，请稍后再试，或从下面的年度进入各单位的项目列表。');
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

  /* Loads the files not loaded yet, then calls back (once all are in). */
  function whenLoaded(paths, callback) {
    var missing = paths.filter(function (path) {
      return !(files[path] && files[path].data);
    });
    if (missing.length === 0) {
      callback();
      return;
    }
    var left = missing.length;
    missing.forEach(function (path) {
      var entry = files[path];
      if (!entry) {
        entry = files[path] = {data: null, waiters: []};
        addScript(path, failed);
        stats.loadedFiles.push(path);
      }
      entry.waiters.push(function () {
        left--;
        if (left === 0) {
          callback();
        }
      });
    });
  }

  function arrived(data) {
    var entry = files[data.f] || (files[data.f] = {waiters: []});
    entry.data = data;
    var waiters = entry.waiters;
    entry.waiters = [];
    waiters.forEach(function (w) {
      w();
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
    terms: arrived,
    positions: arrived,
    doc: arrived
  };

  /* ---- reading the index ---- */

  /* Reads varints (gongkai.search.Varint) one after another from a text. */
  function Reader(text, pos) {
    this.text = text;
    this.pos = pos;
  }

  Reader.prototype.next = function () {
    var value = 0;
    var scale = 1;
    for (;;) {
      var digit = DIGIT[this.text.charCodeAt(this.pos++)];
      value += (digit & 31) * scale;
      if (digit < 32) {
        return value;
      }
      scale *= 32;
    }
  };

  function isTrigram(term) {
    var chars = Array.from(term);
    return chars.length === 3 && isHan(chars[0]);
  }

  /* A term file made ready to look terms up: its terms, where each term's postings start and how many documents. */
  function termsOf(path) {
    var entry = files[path];
    if (!entry.terms) {
      var data = entry.data;
      var terms = data.t ? data.t.split(' ') : [];
      var starts = new Int32Array(terms.length);
      var counts = new Int32Array(terms.length);
      var r = new Reader(data.d, 0);
      for (var k = 0; k < terms.length; k++) {
        starts[k] = r.pos;
        var count = 0;
        for (var g = r.next(); g > 0; g--) {
          r.next();
          for (var p = r.next(); p > 0; p--) {
            r.next();
            var n = r.next();
            count += n;
            for (; n > 0; n--) {
              r.next();
            }
          }
        }
        counts[k] = count;
      }
      entry.terms = terms;
      entry.starts = starts;
      entry.counts = counts;
    }
    return entry;
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

  /* The postings of term k of a term file: document keys in order and their flags (1: in a title, 2: a whole title). */
  function postings(entry, k) {
    var keys = [];
    var flags = [];
    var r = new Reader(entry.data.d, entry.starts[k]);
    var unit = 0;
    for (var g = 0, groups = r.next(); g < groups; g++) {
      unit = g === 0 ? r.next() : unit + r.next();
      var project = 0;
      for (var p = 0, projects = r.next(); p < projects; p++) {
        project = p === 0 ? r.next() : project + r.next();
        var indicator = 0;
        for (var d = 0, docs = r.next(); d < docs; d++) {
          var v = r.next();
          var gap = Math.floor(v / 4);
          indicator = d === 0 ? gap : indicator + gap;
          keys.push(unit * UNIT + project * PROJECT + indicator);
          flags.push(v % 4);
        }
      }
    }
    return {keys: keys, flags: flags};
  }

  /* The occurrences of trigram k of a term file, one list per document of its postings: 16 × offset + 8 (end) + field. */
  function positionsOf(entry, positionPath, k) {
    var pos = files[positionPath];
    if (!pos.starts) {
      pos.starts = {};
      var r = new Reader(pos.data.o, 0);
      for (var t = 0; t < entry.terms.length; t++) {
        if (isTrigram(entry.terms[t])) {
          pos.starts[t] = r.pos;
          for (var d = entry.counts[t]; d > 0; d--) {
            for (var c = r.next(); c > 0; c--) {
              r.next();
            }
          }
        }
      }
    }
    var out = [];
    var reader = new Reader(pos.data.o, pos.starts[k]);
    for (var n = entry.counts[k]; n > 0; n--) {
      var list = [];
      for (var c2 = reader.next(); c2 > 0; c2--) {
        list.push(reader.next());
      }
      out.push(list);
    }
    return out;
  }

  /* ---- finding ---- */

  /* The term file of a year that would hold a term: the last whose first term is not after it (-1: none). */
  function fileIndex(year, term) {
    var t = year.t;
    var lo = 0;
    var hi = t.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (t[mid][0] <= term) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  function termPath(year, i) {
    return year.terms + year.t[i][1] + '.js';
  }

  function positionPath(year, i) {
    return year.positions + year.t[i][1] + '.js';
  }

  /*
   * The terms a needle is looked up by, each with its offset in the needle: the needle itself (a word, or one to
   * three Han characters), or for four or more Han characters trigrams that cover it (at 0, 3, 6 … and at the end).
   */
  function lookups(needle) {
    var chars = Array.from(needle.text);
    if (!needle.han || chars.length <= 3) {
      return [{term: needle.text, at: 0}];
    }
    var out = [];
    var last = chars.length - 3;
    for (var c = 0; ; c += 3) {
      var at = Math.min(c, last);
      out.push({term: chars[at] + chars[at + 1] + chars[at + 2], at: at});
      if (at === last) {
        return out;
      }
    }
  }

  /* The term files of a year that may hold terms beginning with a word: from the one that would hold the word. */
  function wordFiles(year, word) {
    var out = [];
    for (var i = Math.max(0, fileIndex(year, word)); i < year.t.length; i++) {
      var first = year.t[i][0];
      if (first > word && first.lastIndexOf(word, 0) !== 0) {
        break;
      }
      out.push(i);
    }
    return out;
  }

  /* The files of a year a query needs: the term files of its terms (of every term a word begins), and positions. */
  function filesFor(year, list) {
    var paths = [];
    function add(path) {
      if (paths.indexOf(path) < 0) {
        paths.push(path);
      }
    }
    list.forEach(function (needle) {
      var long = needle.han && Array.from(needle.text).length > 3;
      if (needle.han) {
        lookups(needle).forEach(function (lookup) {
          var i = fileIndex(year, lookup.term);
          if (i >= 0) {
            add(termPath(year, i));
            if (long && year.t[i][2]) {
              add(positionPath(year, i));
            }
          }
        });
      } else {
        wordFiles(year, needle.text).forEach(function (i) {
          add(termPath(year, i));
        });
      }
    });
    return paths;
  }

  /* The postings of one term of a year (null when the year has no such term) and where they came from. */
  function lookup(year, term) {
    var i = fileIndex(year, term);
    if (i < 0) {
      return null;
    }
    var entry = termsOf(termPath(year, i));
    var k = termIndex(entry.terms, term);
    if (entry.terms[k] !== term) {
      return null;
    }
    var found = postings(entry, k);
    found.entry = entry;
    found.k = k;
    found.positions = year.t[i][2] ? positionPath(year, i) : null;
    return found;
  }

  function kindOf(key) {
    var project = Math.floor(key / PROJECT) % PROJECT;
    return project === 0 ? 'u' : key % PROJECT === 0 ? 'p' : 'i';
  }

  /* Whether field f of a document of this kind is one of its title fields (names, codes; 三级指标 and 指标值). */
  function isTitle(kind, f) {
    return kind === 'i' ? f === 2 || f === 3 : f <= 1;
  }

  /* The documents of a year that hold a needle: keys in order and flags (1: in a title field, 2: a whole title). */
  function documents(year, needle) {
    var terms = lookups(needle).map(function (l) {
      return l.term;
    });
    var offsets = lookups(needle).map(function (l) {
      return l.at;
    });
    if (!needle.han) {
      var lists = [];
      wordFiles(year, needle.text).forEach(function (i) {
        var entry = termsOf(termPath(year, i));
        for (var k = termIndex(entry.terms, needle.text); k < entry.terms.length && entry.terms[k].lastIndexOf(needle.text, 0) === 0; k++) {
          var p = postings(entry, k);
          if (entry.terms[k] !== needle.text) {
            p.flags = p.flags.map(function (f) {
              return f & 1;
            });
          }
          lists.push(p);
        }
      });
      return union(lists);
    }
    if (terms.length === 1) {
      return lookup(year, terms[0]) || {keys: [], flags: []};
    }
    /* Four or more characters: documents with each covering trigram, then a field where they follow each other. */
    var found = terms.map(function (t) {
      return lookup(year, t);
    });
    if (found.some(function (f) { return f === null || f.positions === null; })) {
      return {keys: [], flags: []};
    }
    var occurrences = found.map(function (f) {
      return positionsOf(f.entry, f.positions, f.k);
    });
    var at = found.map(function () {
      return 0;
    });
    var keys = [];
    var flags = [];
    var first = found[0].keys;
    for (var d = 0; d < first.length; d++) {
      var key = first[d];
      var every = true;
      for (var j = 1; j < found.length && every; j++) {
        var other = found[j].keys;
        while (at[j] < other.length && other[at[j]] < key) {
          at[j]++;
        }
        every = at[j] < other.length && other[at[j]] === key;
      }
      if (!every) {
        continue;
      }
      var flag = -1;
      var kind = kindOf(key);
      occurrences[0][d].forEach(function (o) {
        var field = o % 8;
        var offset = Math.floor(o / 16);
        var end = false;
        for (var n = 1; n < found.length; n++) {
          var next = occurrences[n][at[n]].filter(function (v) {
            return v % 8 === field && Math.floor(v / 16) === offset + offsets[n];
          });
          if (next.length === 0) {
            return;
          }
          end = (next[0] & 8) !== 0;
        }
        var title = isTitle(kind, field);
        flag = Math.max(flag, title ? (offset === 0 && end ? 3 : 1) : 0);
      });
      if (flag >= 0) {
        keys.push(key);
        flags.push(flag);
      }
    }
    return {keys: keys, flags: flags};
  }

  /* Documents in any of the lists, in order, with their flags combined. */
  function union(lists) {
    if (lists.length === 1) {
      return lists[0];
    }
    var byKey = new Map();
    lists.forEach(function (list) {
      list.keys.forEach(function (key, i) {
        byKey.set(key, (byKey.get(key) || 0) | list.flags[i]);
      });
    });
    var keys = Array.from(byKey.keys()).sort(function (x, y) {
      return x - y;
    });
    return {keys: keys, flags: keys.map(function (key) {
      return byKey.get(key);
    })};
  }

  /* Documents in both, in order: a flag of either counts. */
  function intersect(a, b) {
    var keys = [];
    var flags = [];
    var i = 0;
    var j = 0;
    while (i < a.keys.length && j < b.keys.length) {
      if (a.keys[i] === b.keys[j]) {
        keys.push(a.keys[i]);
        flags.push(a.flags[i] | b.flags[j]);
        i++;
        j++;
      } else if (a.keys[i] < b.keys[j]) {
        i++;
      } else {
        j++;
      }
    }
    return {keys: keys, flags: flags};
  }

  /* ---- documents ---- */

  function docPath(result) {
    var project = Math.floor(result.key / PROJECT) % PROJECT;
    return result.year.docs + result.year.u[Math.floor(result.key / UNIT)] + '/' + project + '.js';
  }

  function field(name, text, title) {
    var t = text === null || text === undefined ? '' : text;
    return {name: name, text: t, folded: fold(t), title: title};
  }

  /* A result as fields {name, text, folded, title} from its document file, with the ranges of its matches. */
  function documentOf(result, list, whole) {
    var data = files[docPath(result)].data;
    var doc;
    if (result.kind === 'u') {
      var u = data.u;
      doc = {kind: 'u', year: data.y, href: u[3], fields: [
        field('name', u[1], true), field('code', u[0], true), field('dept', u[2], false),
        field('duties', u[4], false), field('target', u[5], false)
      ]};
    } else if (result.kind === 'p') {
      var p = data.p;
      doc = {kind: 'p', year: data.y, href: p[4], unit: data.u[1], fields: [
        field('name', p[1], true), field('code', p[0], true),
        field('purpose', p[2], false), field('goal', p[3], false), field('category', p[5], false)
      ]};
    } else {
      var ind = data.i[result.key % PROJECT - 1];
      doc = {kind: 'i', year: data.y, href: data.p[4] + '#' + ind[4], unit: data.u[1], project: data.p[1], fields: [
        field('level3', ind[2], true), field('value', ind[3], true),
        field('level1', ind[0], false), field('level2', ind[1], false)
      ]};
    }
    doc.match = match(doc, list, whole) || {ranges: doc.fields.map(function () {
      return [];
    })};
    return doc;
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

  function yearsSearched(year) {
    return manifest.years.filter(function (y) {
      return !year || String(y.y) === year;
    });
  }

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
    whenManifest(function () {
      var years = yearsSearched(year);
      var paths = [];
      years.forEach(function (y) {
        filesFor(y, list).forEach(function (path) {
          paths.push(path);
        });
      });
      if (paths.some(function (path) { return !(files[path] && files[path].data); })) {
        say('正在加载搜索索引…');
      }
      whenLoaded(paths, function () {
        if (mine !== sequence) {
          return;
        }
        var groups = {u: [], p: [], i: []};
        years.forEach(function (y) {
          var found = null;
          for (var n = 0; n < list.length && (found === null || found.keys.length); n++) {
            var docs = documents(y, list[n]);
            found = found === null ? docs : intersect(found, docs);
          }
          found.keys.forEach(function (key, i) {
            /* 3: a title field is the whole query (one word only), 2: a match in a title field, 1: elsewhere. */
            var f = found.flags[i];
            var score = list.length === 1 && (f & 2) ? 3 : (f & 1) ? 2 : 1;
            var kind = kindOf(key);
            groups[kind].push({year: y, key: key, kind: kind, score: score});
          });
        });
        Object.keys(groups).forEach(function (k) {
          groups[k] = [3, 2, 1].reduce(function (all, score) {
            return all.concat(groups[k].filter(function (r) {
              return r.score === score;
            }));
          }, []);
        });
        var whole = list.map(function (n) {
          return n.text;
        }).join('');
        show(groups, query, list, whole, mine, startedAt);
      });
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

  /* Loads the documents of the results and adds them to the list; calls back with the first item added. */
  function addItems(ol, docs, list, whole, callback) {
    whenLoaded(docs.map(docPath), function () {
      var first = null;
      docs.forEach(function (r) {
        var li = ol.appendChild(item(documentOf(r, list, whole)));
        first = first || li;
      });
      callback(first);
    });
  }

  function show(groups, query, list, whole, mine, startedAt) {
    var firstShown = [];
    KINDS.forEach(function (kind) {
      firstShown = firstShown.concat(groups[kind.key].slice(0, SHOWN));
    });
    whenLoaded(firstShown.map(docPath), function () {
      if (mine !== sequence) {
        return;
      }
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
        docs.slice(0, shown).forEach(function (r) {
          ol.appendChild(item(documentOf(r, list, whole)));
        });
        if (docs.length > shown) {
          var more = el('button', 'tool search-more');
          more.type = 'button';
          var label = function () {
            var left = docs.length - shown;
            more.textContent = '再显示 ' + Math.min(left, SHOWN) + ' 条' + kind.title + '结果（还有 ' + left + ' 条）';
          };
          label();
          more.addEventListener('click', function () {
            var next = docs.slice(shown, shown + SHOWN);
            shown += next.length;
            more.disabled = true;
            addItems(ol, next, list, whole, function (first) {
              more.disabled = false;
              if (shown >= docs.length) {
                more.parentNode.removeChild(more);
              } else {
                label();
              }
              if (first) {
                first.querySelector('a').focus();
              }
            });
          });
          section.appendChild(more);
        }
        results.appendChild(section);
      });
      var scope = yearSelect && yearSelect.value ? yearSelect.value + '年中' : '';
      say(total === 0
          ? '没有找到包含“' + query + '”的' + (scope ? scope + '的' : '') + '内容。'
          : '找到 ' + total + ' 条结果（' + counts.join('，') + '）。');
      var now = performance.now();
      stats.runs++;
      stats.lastMs = now - startedAt;
      if (stats.firstResultAt === null) {
        stats.firstResultAt = now;
      }
    });
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
