// The visual page's theme and direction, from its address: ?theme=light|dark&dir=ltr|rtl.
// Right to left is an Arabic page (lang="ar"), so the widgets draw in Arabic.
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  root.className = 'theme-' + (params.get('theme') || 'light');
  if (params.get('dir') === 'rtl') {
    root.lang = 'ar';
    root.dir = 'rtl';
  }
})();
