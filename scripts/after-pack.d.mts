import type { FuseConfig } from '@electron/fuses';

export interface AfterPackContextLike {
  appOutDir: string;
  electronPlatformName: string;
  packager: { executableName?: string; appInfo: { productFilename: string } };
}

export function fuseConfig(platformName: string): FuseConfig;
export function packagedExecutable(context: AfterPackContextLike): string;
export function afterPack(context: AfterPackContextLike): Promise<void>;
export default afterPack;
