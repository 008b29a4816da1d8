// Demo only: shows what the context picker's form would send, instead of sending it.
const form = document.getElementById('context-form');
const sent = document.getElementById('context-sent');
const output = document.getElementById('context-output');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const lines = [...new FormData(form)].map(([name, value]) => `${name} = ${value}`);
  output.value = lines.join('\n') || '(nothing to send)';
  sent.hidden = false;
});
form.addEventListener('reset', () => {
  sent.hidden = true;
});
