package gongkai.serve;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the preview server adds to the pages it serves, and only to the responses: the files on disk stay exactly
 * as {@code build} would write them. One script tag goes into every HTML response; the script listens to
 * {@link EventStream}, reloads the page when it changed and shows the problems of a failed build in a dialog.
 */
final class ClientScript {

    static final String SCRIPT_PATH = "/__gongkai/reload.js";
    static final String STYLE_PATH = "/__gongkai/overlay.css";

    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);

    private ClientScript() {}

    /** The script tag; {@code build} is the build the page came from, to notice a reload missed while loading. */
    static String tag(int build) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-gongkai-build=\"" + build + "\" defer></script>";
    }

    /** The page with the script tag before {@code </head>} (or {@code </body>}, or at the end). */
    static String inject(String html, int build) {
        String tag = tag(build);
        for (Pattern end : new Pattern[] {HEAD_END, BODY_END}) {
            Matcher m = end.matcher(html);
            if (m.find()) {
                return html.substring(0, m.start()) + tag + "\n" + html.substring(m.start());
            }
        }
        return html + tag + "\n";
    }

    /** A page of the preview server itself (not found, refused), with the script so that errors still show. */
    static String page(String title, String text, int build) {
        return String.format(Locale.ROOT, """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s - 预览</title>
                %s
                </head>
                <body>
                <main>
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="/">回到首页</a></p>
                </main>
                </body>
                </html>
                """, escape(title), tag(build), escape(title), escape(text));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Listens to the event stream. {@code reload}: hides the dialog and reloads the page if it changed (or if
     * everything did). {@code build-error}: shows a modal dialog (focus moves into it, Esc closes it, the page's
     * focus comes back) with each problem: file:line:column, severity and code, field, message, and the source
     * line with the column marked. Text is set with {@code textContent} only, never parsed as HTML.
     */
    static final String SCRIPT = """
            (function () {
              'use strict';
              var script = document.currentScript;
              var build = script ? script.getAttribute('data-gongkai-build') : null;
              var here = location.pathname.replace(/^\\/+/, '');
              try { here = decodeURIComponent(here); } catch (e) { /* keep it as it is */ }
              if (here === '' || here.charAt(here.length - 1) === '/') { here += 'index.html'; }
              var dialog = null;

              function el(tag, className, text) {
                var e = document.createElement(tag);
                if (className) { e.className = className; }
                if (text !== undefined && text !== null) { e.textContent = text; }
                return e;
              }

              function stylesheet() {
                if (!document.getElementById('gongkai-overlay-style')) {
                  var link = el('link');
                  link.id = 'gongkai-overlay-style';
                  link.rel = 'stylesheet';
                  link.href = '/__gongkai/overlay.css';
                  document.head.appendChild(link);
                }
              }

              function sourceLine(d) {
                var pre = el('pre', 'gk-source');
                var chars = Array.from(d.source);
                var at = d.column ? d.column - 1 : -1;
                pre.appendChild(document.createTextNode(d.line + ' | ' + chars.slice(0, Math.max(at, 0)).join('')));
                if (at >= 0) {
                  var mark = el('mark', null, at < chars.length ? chars[at] : ' ');
                  pre.appendChild(mark);
                  pre.appendChild(document.createTextNode(chars.slice(at + 1).join('')));
                } else {
                  pre.appendChild(document.createTextNode(chars.join('')));
                }
                return pre;
              }

              function hide() {
                if (dialog) {
                  var d = dialog;
                  dialog = null;
                  if (d.open && typeof d.close === 'function') { d.close(); }
                  d.remove();
                }
              }

              function show(data) {
                hide();
                stylesheet();
                var d = el('dialog');
                d.id = 'gongkai-overlay';
                d.setAttribute('role', 'alertdialog');
                d.setAttribute('aria-labelledby', 'gongkai-overlay-title');
                d.setAttribute('aria-describedby', 'gongkai-overlay-summary');
                var head = el('div', 'gk-head');
                var title = el('h2', null, data.kind === 'content' ? '内容有错误，预览没有更新' : '生成预览时出错，预览没有更新');
                title.id = 'gongkai-overlay-title';
                var close = el('button', null, '关闭（Esc）');
                close.type = 'button';
                close.addEventListener('click', hide);
                head.appendChild(title);
                head.appendChild(close);
                d.appendChild(head);
                var summary = el('p', null, (data.kind === 'content' ? data.summary : data.message)
                    + (data.lastGood ? '页面显示的是上次成功生成的网站。' : '还没有成功生成过预览。')
                    + '改正并保存后，预览会自动更新，这个提示也会消失。');
                summary.id = 'gongkai-overlay-summary';
                d.appendChild(summary);
                if (data.kind === 'content') {
                  var list = el('ol');
                  data.errors.forEach(function (e) {
                    var item = el('li');
                    var where = el('p', 'gk-where');
                    where.appendChild(el('code', null, e.at));
                    where.appendChild(document.createTextNode(' ' + e.severity + ' ' + e.code + (e.field ? ' [' + e.field + ']' : '')));
                    item.appendChild(where);
                    item.appendChild(el('p', 'gk-message', e.message));
                    if (e.source !== null && e.line) { item.appendChild(sourceLine(e)); }
                    list.appendChild(item);
                  });
                  d.appendChild(list);
                }
                d.addEventListener('close', function () { if (dialog === d) { hide(); } });
                d.addEventListener('keydown', function (ev) { if (ev.key === 'Escape' && !d.open) { hide(); } });
                document.body.appendChild(d);
                dialog = d;
                if (typeof d.showModal === 'function') {
                  d.showModal();
                } else {
                  d.setAttribute('open', '');
                  close.focus();
                }
              }

              if (!window.EventSource) { return; }
              var events = new EventSource('/__gongkai/events');
              events.addEventListener('hello', function (e) {
                var data = JSON.parse(e.data);
                if (build !== null && String(data.build) !== build) { location.reload(); return; }
                document.documentElement.setAttribute('data-gongkai-preview', 'connected');
              });
              events.addEventListener('reload', function (e) {
                var data = JSON.parse(e.data);
                hide();
                if (data.all || data.changed.indexOf(here) >= 0) {
                  location.reload();
                } else {
                  build = String(data.build);
                }
              });
              events.addEventListener('build-error', function (e) { show(JSON.parse(e.data)); });
            })();
            """;

    /** The dialog's look; its colours keep a contrast of at least 4.5:1 whatever the page's own style. */
    static final String STYLE = """
            #gongkai-overlay {
              box-sizing: border-box; width: min(60rem, calc(100% - 2rem)); max-height: calc(100% - 2rem);
              overflow: auto; margin: auto; padding: 1rem 1.5rem 1.25rem; z-index: 2147483647;
              border: 4px solid #b3261e; border-radius: 6px; background: #fff; color: #1b1b1b; text-align: left;
              font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
            }
            #gongkai-overlay::backdrop { background: rgba(0, 0, 0, 0.55); }
            #gongkai-overlay .gk-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 1rem; }
            #gongkai-overlay h2 { margin: 0 0 0.5rem; padding: 0; border: 0; font-size: 1.25rem; color: #b3261e; }
            #gongkai-overlay p { margin: 0.25rem 0; }
            #gongkai-overlay button {
              font: inherit; padding: 0.25rem 0.75rem; border: 2px solid #1b1b1b; border-radius: 4px;
              background: #fff; color: #1b1b1b; cursor: pointer; white-space: nowrap;
            }
            #gongkai-overlay button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
            #gongkai-overlay ol { margin: 0.5rem 0 0; padding-left: 1.5rem; }
            #gongkai-overlay li { margin: 0.75rem 0; }
            #gongkai-overlay code {
              font-family: ui-monospace, "Noto Sans Mono CJK SC", monospace; font-weight: bold; overflow-wrap: anywhere;
            }
            #gongkai-overlay pre {
              margin: 0.25rem 0 0; padding: 0.5rem; overflow-x: auto; white-space: pre; background: #f3f3f3; color: #1b1b1b;
              font: 0.9375rem/1.5 ui-monospace, "Noto Sans Mono CJK SC", monospace;
            }
            #gongkai-overlay mark { background: #ffd54f; color: #000; outline: 2px solid #b3261e; }
            """;
}
