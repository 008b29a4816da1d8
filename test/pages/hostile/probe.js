// Loaded first by every hostile test page: records what a webmaster would not want to see.
window.__probe = { errors: [], rejections: [], violations: [], warnings: [], alerts: 0 };
window.addEventListener('error', (e) => window.__probe.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__probe.rejections.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => window.__probe.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
const warn = console.warn;
console.warn = (...args) => {
  window.__probe.warnings.push(args.join(' '));
  warn.apply(console, args);
};
window.alert = window.confirm = window.prompt = () => {
  window.__probe.alerts += 1;
};
