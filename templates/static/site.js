/*
 * Gongkai: progressive enhancement only. Every page is complete and readable without this script.
 * - 大字号 / 高对比 (large text and high contrast): a toggle whose choice is remembered on the device in
 *   localStorage (no cookies).
 * - 朗读 (read aloud): reads the main content with the browser's own speech synthesis in a zh-CN voice;
 *   the controls stay hidden where there is no speech synthesis or no Chinese voice.
 */
(function () {
  'use strict';

  var KEY = 'gongkai-large-text';
  var root = document.documentElement;

  function remembered() {
    try {
      return window.localStorage.getItem(KEY) === '1';
    } catch (e) {
      return false;
    }
  }

  function remember(on) {
    try {
      if (on) {
        window.localStorage.setItem(KEY, '1');
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (e) {
      /* Storage may be off (private mode, file://): the mode still works for this page. */
    }
  }

  // Applied before the body is drawn, so the page never flashes in the small size.
  if (remembered()) {
    root.classList.add('large-text');
  }

  function setUpLargeText() {
    var toggle = document.getElementById('large-text-toggle');
    if (!toggle) {
      return;
    }
    function show() {
      toggle.setAttribute('aria-pressed', root.classList.contains('large-text') ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () {
      var on = !root.classList.contains('large-text');
      root.classList.toggle('large-text', on);
      remember(on);
      show();
    });
    show();
    toggle.hidden = false;
  }

  /* The text a listener should hear: what a screen reader reads (aria-hidden parts skipped, the spoken
     forms such as 不低于95% included), with the read-aloud controls themselves left out. */
  function readableText(node) {
    var parts = [];
    (function walk(n) {
      if (n.nodeType === 3) {
        parts.push(n.nodeValue);
        return;
      }
      if (n.nodeType !== 1) {
        return;
      }
      if (n.getAttribute('aria-hidden') === 'true' || n.id === 'tools' || n.tagName === 'SCRIPT' || n.hidden) {
        return;
      }
      var block = /^(P|LI|TR|H[1-6]|DT|DD|DIV|SECTION|TABLE|CAPTION|UL|OL|DL)$/.test(n.tagName);
      var cell = /^(TD|TH)$/.test(n.tagName);
      for (var c = n.firstChild; c; c = c.nextSibling) {
        walk(c);
      }
      if (block) {
        parts.push('。\n');
      } else if (cell) {
        parts.push('，');
      }
    })(node);
    return parts.join('').replace(/[ \t\r]+/g, ' ').replace(/(\s*[，。]\s*)+(?=[。\n])/g, '').replace(/\n\s*/g, '\n').trim();
  }

  /* Utterances are kept short: long ones are cut off by some engines. */
  function chunks(text) {
    var out = [];
    text.split(/(?<=[。！？；\n])/).forEach(function (sentence) {
      var s = sentence.replace(/\n/g, ' ').trim();
      while (s.length > 160) {
        out.push(s.slice(0, 160));
        s = s.slice(160);
      }
      if (s && !/^[，。\s]+$/.test(s)) {
        out.push(s);
      }
    });
    return out;
  }

  function setUpReadAloud() {
    var box = document.getElementById('read-aloud');
    var synth = window.speechSynthesis;
    if (!box || !synth || typeof window.SpeechSynthesisUtterance === 'undefined') {
      return;
    }
    var status = document.getElementById('read-aloud-status');
    var voice = null;

    function chineseVoice() {
      var voices = synth.getVoices() || [];
      for (var i = 0; i < voices.length; i++) {
        if (/^zh[-_]CN$/i.test(voices[i].lang)) {
          return voices[i];
        }
      }
      for (var j = 0; j < voices.length; j++) {
        if (/^zh\b/i.test(voices[j].lang) && !/(TW|HK)/i.test(voices[j].lang)) {
          return voices[j];
        }
      }
      return null;
    }

    function say(message) {
      if (status) {
        status.textContent = message;
      }
    }

    function button(action) {
      return box.querySelector('[data-action="' + action + '"]');
    }

    function state(speaking, paused) {
      button('play').hidden = speaking;
      button('pause').hidden = !speaking || paused;
      button('resume').hidden = !speaking || !paused;
      button('stop').hidden = !speaking;
    }

    function play() {
      var main = document.getElementById('main');
      var queue = chunks(readableText(main));
      synth.cancel();
      state(true, false);
      say('开始朗读');
      queue.forEach(function (text, i) {
        var u = new window.SpeechSynthesisUtterance(text);
        u.lang = 'zh-CN';
        u.voice = voice;
        if (i === queue.length - 1) {
          u.onend = function () {
            state(false, false);
            say('朗读结束');
          };
        }
        synth.speak(u);
      });
      if (queue.length === 0) {
        state(false, false);
      }
    }

    box.addEventListener('click', function (event) {
      var target = event.target.closest('button[data-action]');
      if (!target) {
        return;
      }
      var action = target.getAttribute('data-action');
      if (action === 'play') {
        play();
      } else if (action === 'pause') {
        synth.pause();
        state(true, true);
        say('已暂停');
      } else if (action === 'resume') {
        synth.resume();
        state(true, false);
        say('继续朗读');
      } else if (action === 'stop') {
        synth.cancel();
        state(false, false);
        say('已停止');
      }
      var next = box.querySelector('button[data-action]:not([hidden])');
      if (next && target.hidden) {
        next.focus();
      }
    });

    function offer() {
      voice = chineseVoice();
      if (voice) {
        state(false, false);
        box.hidden = false;
      }
    }
    offer();
    if (!voice && typeof synth.addEventListener === 'function') {
      synth.addEventListener('voiceschanged', offer);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpLargeText();
    setUpReadAloud();
  });
})();
