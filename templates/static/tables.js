/*
 * Gongkai: sorting, filtering and paging of the project tables (unit and year pages). Progressive enhancement
 * only: without this script the table is in the disclosure's order and its controls stay hidden.
 *
 * A unit page's table holds every project: the script reads the data-* attributes the build wrote on each row
 * (raw amount, place in name order, category keys) and moves or hides the rows. A year page's table holds only its
 * first page; its tools name the project lists (data-parts, data-order: scripts calling gongkaiTables.part/order,
 * see gongkai.view.YearTables), which the script loads with <script> elements (not fetch, which fails from
 * file://), and it then shows a page of projects at a time. The script never parses the visible text, and it never
 * writes HTML (DOM nodes and textContent only).
 */
(function () {
  'use strict';

  /* What each sort key is called and how each direction reads in words. */
  var KEYS = {
    number: { first: 'ascending', ascending: '按公开文件的顺序（序号从小到大）', descending: '按序号从大到小' },
    name: { first: 'ascending', ascending: '按项目名称（拼音）从 A 到 Z', descending: '按项目名称（拼音）从 Z 到 A' },
    code: { first: 'ascending', ascending: '按项目编码从小到大', descending: '按项目编码从大到小' },
    amount: { first: 'descending', ascending: '按预算数从少到多', descending: '按预算数从多到少' }
  };

  var ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  /* Every number of a text of varints (gongkai.search.Varint). */
  function varints(text) {
    var out = [];
    var value = 0;
    var shift = 0;
    for (var i = 0; i < text.length; i++) {
      var d = ALPHABET.indexOf(text.charAt(i));
      value += (d & 31) * Math.pow(2, shift);
      if (d >= 32) {
        shift += 5;
      } else {
        out.push(value);
        value = 0;
        shift = 0;
      }
    }
    return out;
  }

  /* ---- the project lists of paged tables, by their path from the site root ---- */

  var loaded = {};
  var listeners = [];

  function arrived(data) {
    loaded[data.f] = data;
    listeners.slice().forEach(function (l) {
      l();
    });
  }

  window.gongkaiTables = { part: arrived, order: arrived };

  /* Loads the scripts (paths relative to the page) and calls back with their data in order, or with null. */
  function load(srcs, callback) {
    var files = srcs.map(function (src) {
      return src.replace(/^(\.\.\/)+/, '');
    });
    var done = false;
    function check() {
      if (!done && files.every(function (f) { return loaded[f]; })) {
        done = true;
        listeners.splice(listeners.indexOf(check), 1);
        callback(files.map(function (f) { return loaded[f]; }));
      }
    }
    listeners.push(check);
    srcs.forEach(function (src) {
      var s = document.createElement('script');
      s.src = src;
      s.onerror = function () {
        if (!done) {
          done = true;
          listeners.splice(listeners.indexOf(check), 1);
          callback(null);
        }
      };
      document.head.appendChild(s);
    });
  }

  /* ---- entries: what the script knows of a project ---- */

  /* A row the build wrote, read once from its attributes. */
  function rowEntry(row) {
    var categories = ' ' + row.getAttribute('data-categories') + ' ';
    return {
      row: row,
      number: +row.getAttribute('data-number'),
      amount: parseFloat(row.getAttribute('data-amount')),
      name: +row.getAttribute('data-name-rank'),
      code: row.getAttribute('data-code'),
      text: (row.getAttribute('data-name') + ' ' + row.getAttribute('data-code')).toLowerCase(),
      inCategory: function (option) {
        return categories.indexOf(' ' + option.value + ' ') >= 0;
      }
    };
  }

  /* The projects of the lists of a paged table, in the disclosure's order. */
  function listEntries(parts, order) {
    var ranks = varints(order.r);
    var entries = [];
    parts.forEach(function (part) {
      var units = part.u.map(function (u) {
        return { code: u[0], name: part.s[u[1]], href: u[2], before: u[3], after: u[4] };
      });
      part.p.forEach(function (p) {
        var unit = units[p[0]];
        var pairs = [];
        var names = [];
        for (var c = 0; c < p[4].length; c += 2) {
          var level1 = part.s[p[4][c]];
          var level2 = p[4][c + 1] < 0 ? null : part.s[p[4][c + 1]];
          pairs.push([level1, level2]);
          var shown = level2 === null ? level1 : level2;
          if (names.indexOf(shown) < 0) {
            names.push(shown);
          }
        }
        var number = entries.length + 1;
        var name = part.s[p[2]];
        entries.push({
          row: null,
          number: number,
          amount: parseFloat(p[3]),
          total: p[3],
          name: ranks[number - 1],
          code: p[1],
          projectName: name,
          href: unit.before + p[1] + unit.after,
          unitName: unit.name,
          unitHref: unit.href,
          categoryNames: names.join('、'),
          text: (name + ' ' + p[1]).toLowerCase(),
          inCategory: function (option) {
            var level1 = option.getAttribute('data-level1');
            var level2 = option.getAttribute('data-level2');
            return pairs.some(function (pair) {
              return pair[0] === level1 && (level2 === null || pair[1] === level2);
            });
          }
        });
      });
    });
    return entries;
  }

  function cell(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function link(href, text) {
    var a = cell('a', null, text);
    a.href = href;
    return a;
  }

  /* The row of a listed project, as the page writes it (a year page's columns). */
  function rowOf(e) {
    if (e.row) {
      return e.row;
    }
    var tr = document.createElement('tr');
    tr.setAttribute('data-code', e.code);
    tr.appendChild(cell('td', 'num', String(e.number)));
    tr.appendChild(cell('td', 'unit')).appendChild(link(e.unitHref, e.unitName));
    var th = tr.appendChild(cell('th'));
    th.scope = 'row';
    th.appendChild(link(e.href, e.projectName));
    tr.appendChild(cell('td', 'code', e.code));
    tr.appendChild(cell('td', 'num', e.total));
    var categories = tr.appendChild(cell('td', 'categories'));
    if (e.categoryNames) {
      categories.textContent = e.categoryNames;
    } else {
      categories.appendChild(cell('span', 'visually-hidden', '空白'));
    }
    e.row = tr;
    return tr;
  }

  function compare(key) {
    return function (a, b) {
      var x = a[key];
      var y = b[key];
      return x < y ? -1 : x > y ? 1 : 0;
    };
  }

  /* A number typed into a min/max box, or null when the box is empty or not a number. */
  function bound(input) {
    if (!input || input.value.trim() === '') {
      return null;
    }
    var v = parseFloat(input.value);
    return isNaN(v) ? null : v;
  }

  /* Sets up the tools of a table once its rows (entries) are known; pageSize 0: every row at once. */
  function run(tools, table, rows, pageSize) {
    var tbody = table.tBodies[0];
    var status = tools.querySelector('[role="status"]');
    var text = tools.querySelector('[data-filter="text"]');
    var category = tools.querySelector('[data-filter="category"]');
    var min = tools.querySelector('[data-filter="min"]');
    var max = tools.querySelector('[data-filter="max"]');
    var headers = Array.prototype.slice.call(table.tHead.querySelectorAll('th[data-sort]'));
    var pager = tools.getAttribute('data-pager') ? document.getElementById(tools.getAttribute('data-pager')) : null;
    var sort = { key: 'number', direction: 'ascending' };
    var page = 0;
    var sorted = null;
    /* The order the rows are in now: they are moved only when the order changes, not on every filter. */
    var arranged = 'number ascending';

    function matches(e, terms, low, high) {
      for (var i = 0; i < terms.length; i++) {
        if (e.text.indexOf(terms[i]) < 0) {
          return false;
        }
      }
      if (category && category.value !== '' && !e.inCategory(category.options[category.selectedIndex])) {
        return false;
      }
      return (low === null || e.amount >= low) && (high === null || e.amount <= high);
    }

    function order() {
      if (sorted === null) {
        var byKey = compare(sort.key);
        var byNumber = compare('number');
        sorted = rows.slice().sort(function (a, b) {
          var c = byKey(a, b);
          if (sort.direction === 'descending') {
            c = -c;
          }
          return c !== 0 ? c : byNumber(a, b);
        });
      }
      return sorted;
    }

    /* Shows the rows that match, in order: all of them, or the current page of them. */
    function show(matching) {
      if (!pageSize) {
        var reorder = arranged !== sort.key + ' ' + sort.direction;
        var fragment = document.createDocumentFragment();
        order().forEach(function (e) {
          if (e.row.hidden === e.visible) {
            e.row.hidden = !e.visible;
          }
          if (reorder) {
            fragment.appendChild(e.row);
          }
        });
        if (reorder) {
          tbody.appendChild(fragment);
          arranged = sort.key + ' ' + sort.direction;
        }
        return '';
      }
      var pages = Math.max(1, Math.ceil(matching.length / pageSize));
      page = Math.min(page, pages - 1);
      var first = page * pageSize;
      var shown = matching.slice(first, first + pageSize);
      var fragment2 = document.createDocumentFragment();
      shown.forEach(function (e) {
        fragment2.appendChild(rowOf(e));
      });
      while (tbody.firstChild) {
        tbody.removeChild(tbody.firstChild);
      }
      tbody.appendChild(fragment2);
      if (pager) {
        pager.hidden = pages <= 1;
        pager.querySelector('[data-pager="where"]').textContent = '第 ' + (page + 1) + ' 页，共 ' + pages + ' 页';
        pager.querySelector('[data-action="previous"]').setAttribute('aria-disabled', String(page === 0));
        pager.querySelector('[data-action="next"]').setAttribute('aria-disabled', String(page === pages - 1));
      }
      return pages <= 1 ? '' : '这一页是其中的第 ' + (first + 1) + '–' + (first + shown.length) + ' 个（第 ' + (page + 1)
          + ' 页，共 ' + pages + ' 页）。';
    }

    function update() {
      var terms = text && text.value.trim() !== '' ? text.value.trim().toLowerCase().split(/\s+/) : [];
      var low = bound(min);
      var high = bound(max);
      var matching = order().filter(function (e) {
        e.visible = matches(e, terms, low, high);
        return e.visible;
      });
      var where = show(matching);
      headers.forEach(function (th) {
        if (th.getAttribute('data-sort') === sort.key) {
          th.setAttribute('aria-sort', sort.direction);
        } else {
          th.removeAttribute('aria-sort');
        }
      });
      status.textContent = '显示 ' + rows.length + ' 个项目中的 ' + matching.length + ' 个，'
          + KEYS[sort.key][sort.direction] + '排列。' + where
          + (matching.length === 0 ? '没有符合条件的项目，可以放宽条件或清除筛选。' : '');
    }

    /* A change of the conditions or of the order starts again at the first page. */
    function restart() {
      page = 0;
      update();
    }

    headers.forEach(function (th) {
      var key = th.getAttribute('data-sort');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.textContent = th.textContent.trim();
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        if (sort.key === key) {
          sort.direction = sort.direction === 'ascending' ? 'descending' : 'ascending';
        } else {
          sort.key = key;
          sort.direction = KEYS[key].first;
        }
        sorted = null;
        restart();
      });
    });

    [text, min, max].forEach(function (input) {
      if (input) {
        input.addEventListener('input', restart);
        input.addEventListener('change', restart);
      }
    });
    if (category) {
      category.addEventListener('change', restart);
    }
    var reset = tools.querySelector('[data-action="reset"]');
    reset.addEventListener('click', function () {
      [text, min, max].forEach(function (input) {
        if (input) {
          input.value = '';
        }
      });
      if (category) {
        category.value = '';
      }
      restart();
    });
    if (pager) {
      [['previous', -1], ['next', 1]].forEach(function (b) {
        pager.querySelector('[data-action="' + b[0] + '"]').addEventListener('click', function (event) {
          if (event.currentTarget.getAttribute('aria-disabled') !== 'true') {
            page += b[1];
            update();
          }
        });
      });
    }

    update();
    tools.hidden = false;
  }

  function setUp(tools) {
    var table = document.getElementById(tools.getAttribute('data-table'));
    if (!table || !table.tBodies.length || !table.tHead) {
      return;
    }
    var parts = tools.getAttribute('data-parts');
    if (!parts) {
      run(tools, table, Array.prototype.map.call(table.tBodies[0].rows, rowEntry), 0);
      return;
    }
    /* A paged table: the page's own rows stay until every project list is in; if one cannot be loaded they stay. */
    var order = tools.getAttribute('data-order');
    load([order].concat(parts.split(' ')), function (data) {
      if (data) {
        run(tools, table, listEntries(data.slice(1), data[0]), +tools.getAttribute('data-page-size'));
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('.table-tools[data-table]'), setUp);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
