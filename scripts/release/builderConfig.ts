/**
 * The packager's configuration (electron-builder.config.cjs), loaded for the release
 * scripts and tests. The file is CommonJS because electron-builder loads it with require.
 */
import { createRequire } from 'node:module';
import type { Configuration } from 'electron-builder';

export type FuseName =
  | 'runAsNode' | 'enableCookieEncryption' | 'enableNodeOptionsEnvironmentVariable' | 'enableNodeCliInspectArguments'
  | 'enableEmbeddedAsarIntegrityValidation' | 'onlyLoadAppFromAsar' | 'loadBrowserProcessSpecificV8Snapshot'
  | 'grantFileProtocolExtraPrivileges';

interface BuilderConfigModule {
  (): Configuration;
  buildConfig(env: NodeJS.ProcessEnv): Configuration;
  FUSES: Record<FuseName, boolean>;
  MSI_UPGRADE_CODE: string;
}

export const CONFIG_FILE = 'electron-builder.config.cjs';

const require = createRequire(import.meta.url);
export const builderConfig = require(`../../${CONFIG_FILE}`) as BuilderConfigModule;
