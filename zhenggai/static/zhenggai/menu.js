/* The top menu is a <details>: open beside the brand on a wide screen, folded behind 菜单 on a phone.
   Loaded (not deferred) right after the menu so a phone never paints it open; without JS it stays open. */
(function () {
  'use strict';
  var menu = document.querySelector('header.top details.menu');
  if (!menu || !window.matchMedia) return;
  var narrow = window.matchMedia('(max-width: 1100px)')  // as in app.css;
  function fit() { menu.open = !narrow.matches; }
  fit();
  if (narrow.addEventListener) narrow.addEventListener('change', fit); else if (narrow.addListener) narrow.addListener(fit);
})();
