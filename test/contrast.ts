/**
 * Colour contrast as a reader sees it, from computed styles: colours (any CSS syntax, color-mix
 * results included) through a canvas, backgrounds composed over every ancestor across shadow
 * roots, WCAG's contrast ratio. Shared by the hostile-CSS and dark-page tests.
 */
export type Rgba = [number, number, number, number];

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const ctx = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour (rgb(), color(srgb …), color-mix results) as 0–255 RGBA, through a canvas. */
export function rgba(color: string): Rgba {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

export const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

const parentOf = (n: Element): Element | null => n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null);

/** The opaque background behind an element: its own and its ancestors' backgrounds (across shadow roots) over white. */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let n: Element | null = el; n; n = parentOf(n)) {
    const c = rgba(getComputedStyle(n).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

const luminance = ([r, g, b]: Rgba) => {
  const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/** WCAG contrast ratio of two colours, the first drawn over the second. */
export function ratio(fg: Rgba, bg: Rgba): number {
  const [hi, lo] = [luminance(over(fg, bg)), luminance(bg)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG contrast ratio of an element's text against what is behind it. */
export const contrast = (el: Element): number => ratio(rgba(getComputedStyle(el).color), backgroundOf(el));

/** Contrast of a colour (a border, an outline) against what is behind `el`, outside it: its parent's background. */
export const contrastAround = (color: string, el: Element): number => ratio(rgba(color), backgroundOf(parentOf(el)!));
