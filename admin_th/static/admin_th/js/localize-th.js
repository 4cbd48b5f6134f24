/*
 * Why: wagtail-localize 1.14.5's translation editor (React, compiled) builds two
 * interface strings without gettext, so the Thai admin showed
 *   - the section heading `${source} to ${target} translation`, and
 *   - the screen-reader label "More actions" of its actions menu.
 * This rewrites them through Django's JavaScript catalogue (both msgids, "Translate"
 * and "More actions", are in locale/wagtail/th/djangojs.po), and again whenever
 * React re-renders. Drop it once wagtail-localize wraps them in gettext.
 */
(function (root) {
  'use strict';

  var HEADING = /^(.+) to (.+) translation$/;

  function fixLocalizeStrings(container, gettext) {
    var changed = 0;
    container.querySelectorAll('h3').forEach(function (heading) {
      var match = HEADING.exec(heading.textContent);
      if (match) {
        heading.textContent = gettext('Translate') + ' ' + match[1] + ' → ' + match[2];
        changed += 1;
      }
    });
    container.querySelectorAll('.w-sr-only').forEach(function (label) {
      if (label.textContent === 'More actions') {
        label.textContent = gettext('More actions');
        changed += 1;
      }
    });
    return changed;
  }

  root.adminThFixLocalizeStrings = fixLocalizeStrings;

  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') {
    return;
  }
  function start() {
    var editor = document.querySelector('.js-translation-editor');
    if (!editor || typeof root.gettext !== 'function') {
      return;
    }
    var run = function () {
      fixLocalizeStrings(editor, root.gettext);
    };
    run();
    new MutationObserver(run).observe(editor, { childList: true, subtree: true, characterData: true });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})(typeof window !== 'undefined' ? window : globalThis);
