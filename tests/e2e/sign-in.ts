import { request, type FullConfig } from '@playwright/test';

/**
 * Global setup (after the web server is up): signs in once, as the page does with the address the start command
 * prints, and saves the session cookie where playwright.config.ts's storageState makes every test's browser start.
 */
export default async function signIn(config: FullConfig): Promise<void> {
  const { baseURL, storageState } = config.projects[0]!.use;
  const token = process.env.VERBALIZZA_E2E_TOKEN;
  if (!baseURL || typeof storageState !== 'string' || !token) throw new Error('Configurazione e2e incompleta: baseURL, storageState e VERBALIZZA_E2E_TOKEN servono per accedere.');
  const api = await request.newContext({ baseURL });
  try {
    const response = await api.post('session', { data: { token }, headers: { origin: new URL(baseURL).origin } });
    if (response.status() !== 204) throw new Error(`Accesso alla modalità browser non riuscito: HTTP ${response.status()} ${await response.text()}`);
    await api.storageState({ path: storageState });
  } finally {
    await api.dispose();
  }
}
