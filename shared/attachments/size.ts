/** «12,4 MB», «350 kB»: a file's size as the UI and the refusals state it. */
export function formatMegabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('it-IT')} kB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes.toLocaleString('it-IT', { maximumFractionDigits: Number.isInteger(megabytes) ? 0 : 1 })} MB`;
}
