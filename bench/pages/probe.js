// Bench probe, loaded first: records when the expected number of cards (data-expect on <html>,
// default 1) is on screen with a title, as the time after the frame that painted them.
(() => {
  const expected = Number(document.documentElement.dataset.expect || 1);
  const titled = () => {
    const cards = document.querySelectorAll('iw-practice-card, .iw-static-card');
    if (cards.length < expected) return false;
    for (const c of cards) if (!(c.shadowRoot ?? c).querySelector('[part="title"]')) return false;
    return true;
  };
  window.__painted = new Promise((resolve) => {
    const tick = () => {
      if (!titled()) return requestAnimationFrame(tick);
      // Content present at this frame: it is painted when the frame ends; a message posted
      // now is handled right after that.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    };
    requestAnimationFrame(tick);
  });
})();
