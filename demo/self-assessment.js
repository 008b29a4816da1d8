// Fills the benchmark chooser from the library's data and points the checklist at the choice.
const select = document.getElementById('benchmark-choice');
const checklist = document.getElementById('checklist');
const base = new URL('../dist/data/', import.meta.url);

const params = new URLSearchParams(location.search);
if (params.get('benchmark')) checklist.setAttribute('benchmark', params.get('benchmark'));

fetch(new URL('benchmarks.json', base))
  .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
  .then((benchmarks) => {
    select.replaceChildren(
      ...benchmarks.map((b) => {
        const label = `${b.title} (${b.questions} questions)`;
        const option = new Option(label, b.id, false, b.id === checklist.getAttribute('benchmark'));
        return option;
      }),
    );
    select.disabled = false;
  })
  .catch(() => {
    select.options[0].textContent = 'The list of benchmarks could not be loaded';
  });

select.addEventListener('change', () => checklist.setAttribute('benchmark', select.value));
