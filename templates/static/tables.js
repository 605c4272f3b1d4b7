/*
 * Gongkai: sorting and filtering of the project tables (unit and year pages). Progressive enhancement only:
 * without this script the table is complete, in the disclosure's order, and its controls stay hidden.
 * The script reads the data-* attributes the build wrote on each row (raw amount, place in name order,
 * category keys); it never parses the visible text, and it never writes HTML (DOM nodes and textContent only).
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

  /* What the script knows of a row, read once from the attributes the build wrote. */
  function entry(row) {
    return {
      row: row,
      number: +row.getAttribute('data-number'),
      amount: parseFloat(row.getAttribute('data-amount')),
      name: +row.getAttribute('data-name-rank'),
      code: row.getAttribute('data-code'),
      text: (row.getAttribute('data-name') + ' ' + row.getAttribute('data-code')).toLowerCase(),
      categories: ' ' + row.getAttribute('data-categories') + ' '
    };
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

  function setUp(tools) {
    var table = document.getElementById(tools.getAttribute('data-table'));
    if (!table || !table.tBodies.length || !table.tHead) {
      return;
    }
    var tbody = table.tBodies[0];
    var rows = Array.prototype.map.call(tbody.rows, entry);
    var status = tools.querySelector('[role="status"]');
    var text = tools.querySelector('[data-filter="text"]');
    var category = tools.querySelector('[data-filter="category"]');
    var min = tools.querySelector('[data-filter="min"]');
    var max = tools.querySelector('[data-filter="max"]');
    var headers = Array.prototype.slice.call(table.tHead.querySelectorAll('th[data-sort]'));
    var sort = { key: 'number', direction: 'ascending' };
    /* The order the rows are in now: they are moved only when the order changes, not on every filter. */
    var arranged = 'number ascending';

    function matches(e, terms, low, high) {
      for (var i = 0; i < terms.length; i++) {
        if (e.text.indexOf(terms[i]) < 0) {
          return false;
        }
      }
      if (category && category.value !== '' && e.categories.indexOf(' ' + category.value + ' ') < 0) {
        return false;
      }
      return (low === null || e.amount >= low) && (high === null || e.amount <= high);
    }

    function update() {
      var terms = text && text.value.trim() !== '' ? text.value.trim().toLowerCase().split(/\s+/) : [];
      var low = bound(min);
      var high = bound(max);
      var byKey = compare(sort.key);
      var byNumber = compare('number');
      var order = rows.slice().sort(function (a, b) {
        var c = byKey(a, b);
        if (sort.direction === 'descending') {
          c = -c;
        }
        return c !== 0 ? c : byNumber(a, b);
      });
      var shown = 0;
      var reorder = arranged !== sort.key + ' ' + sort.direction;
      var fragment = document.createDocumentFragment();
      order.forEach(function (e) {
        var visible = matches(e, terms, low, high);
        if (e.row.hidden === visible) {
          e.row.hidden = !visible;
        }
        if (visible) {
          shown++;
        }
        if (reorder) {
          fragment.appendChild(e.row);
        }
      });
      if (reorder) {
        tbody.appendChild(fragment);
        arranged = sort.key + ' ' + sort.direction;
      }
      headers.forEach(function (th) {
        if (th.getAttribute('data-sort') === sort.key) {
          th.setAttribute('aria-sort', sort.direction);
        } else {
          th.removeAttribute('aria-sort');
        }
      });
      status.textContent = '显示 ' + rows.length + ' 个项目中的 ' + shown + ' 个，'
          + KEYS[sort.key][sort.direction] + '排列。' + (shown === 0 ? '没有符合条件的项目，可以放宽条件或清除筛选。' : '');
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
        update();
      });
    });

    [text, min, max].forEach(function (input) {
      if (input) {
        input.addEventListener('input', update);
        input.addEventListener('change', update);
      }
    });
    if (category) {
      category.addEventListener('change', update);
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
      update();
    });

    update();
    tools.hidden = false;
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
