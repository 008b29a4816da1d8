// 500 cards from the whole practice list (records set as properties: rendering, not 500 requests).
const practices = await (await fetch('/dist/data/practices.json')).json();
await customElements.whenDefined('iw-practice-card');
const main = document.getElementById('cards');
for (let i = 0; i < 500; i += 1) {
  const card = document.createElement('iw-practice-card');
  card.practice = practices[i % practices.length];
  main.append(card);
}
