// Sets the colour theme on <html> before the page is first painted, so that a dark page never
// flashes light: the choice saved on this device (src/lib/theme.ts writes it), else the system's.
// The server writes it into each page it serves (allowed there by its hash, as the
// Content-Security-Policy runs no other inline script); the built index.html links it.
(function () {
  var choice = null;
  try {
    choice = localStorage.getItem('townsquare.theme');
  } catch (e) {
    /* storage blocked: follow the system */
  }
  var dark = choice === 'dark' || (choice !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
})();
