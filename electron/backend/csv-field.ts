/** A field of a «;»-separated CSV (what spreadsheets open in Italian), quoted when it holds a «;», a quote or a line break (RFC 4180). */
export const csvField = (value: string | number): string => {
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
