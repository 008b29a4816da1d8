/** The URL if it is an absolute http(s) URL, else `undefined`: no other scheme ever reaches an href. */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** "https://www.example.org/path" → "example.org", for a short visible link label. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
