/**
 * Text from data quoted in a message: JSON-escaped, line separators too, so a newline or a quote
 * in an id keeps the message on one line; cut at `max` characters.
 */
export const quoted = (s: string, max = 80): string =>
  JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
