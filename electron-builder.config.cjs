// @ts-check
/* global module, process */
/**
 * How the desktop app is packaged: `npm run package` (scripts/release/package.mjs) runs
 * electron-builder with this file. Tested by scripts/release/builderConfig.test.ts, which
 * fails if a fuse, a target or a files rule changes, or an updater creeps in.
 *
 * Why electron-builder, not Electron Forge: it builds a real Windows MSI (WiX) with a
 * per-machine install and a fixed upgrade code, which Intune and SCCM deploy and upgrade in
 * place (Forge's WiX maker is a third-party plugin); it flips Electron's fuses from this
 * configuration (`electronFuses`) on every build, before signing; and NSIS, dmg, AppImage
 * and deb come from the same file.
 *
 * Nothing here is secret. Signing reads environment variables only (docs/guide/it.md):
 * electron-builder's own CSC_LINK / CSC_KEY_PASSWORD / WIN_CSC_LINK / CSC_NAME and APPLE_*
 * notarisation variables, plus the LOCAL_REVIEW_* ones read below.
 */

/** Identifies the app to every OS; never change it, or installs stop upgrading. */
const APP_ID = 'uk.org.localreview.workbench';

/** The MSI upgrade code: fixed forever, so every new MSI replaces the old one in place. */
const MSI_UPGRADE_CODE = '203bf6aa-06a8-49db-9e54-c193bf113689';

/**
 * Electron's fuses, flipped in the binary of every packaged build (see SECURITY.md):
 * no running as plain Node, no NODE_OPTIONS or --inspect, code only from the app's own
 * archive whose integrity is checked, cookies encrypted, file:// no more privileged than
 * in a browser (the app is served from app://).
 */
const FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

/** Only what the app runs: the built renderer and shell. No tests, maps, sources or .env. */
const FILES = [
  'package.json',
  'dist/renderer/**/*',
  'dist-electron/**/*',
  '!**/*.map',
  '!**/*.{test,spec}.{js,cjs,mjs,ts,tsx}',
  '!dist-electron/test-support{,/**/*}',
  '!**/*.{ts,tsx}',
  '!**/.env{,.*}',
];

/**
 * Windows signing from the environment: a certificate in the machine's store (by thumbprint
 * or subject, as an HSM or smart card gives) or electron-builder's own WIN_CSC_LINK file
 * variables, which need nothing here. Unset means unsigned.
 * @param {NodeJS.ProcessEnv} env
 */
function windowsSigning(env) {
  const options = {
    ...(env.LOCAL_REVIEW_WIN_CERT_SHA1 && { certificateSha1: env.LOCAL_REVIEW_WIN_CERT_SHA1 }),
    ...(env.LOCAL_REVIEW_WIN_CERT_SUBJECT && { certificateSubjectName: env.LOCAL_REVIEW_WIN_CERT_SUBJECT }),
    ...(env.LOCAL_REVIEW_WIN_TIMESTAMP_URL && { rfc3161TimeStampServer: env.LOCAL_REVIEW_WIN_TIMESTAMP_URL }),
    ...(env.LOCAL_REVIEW_WIN_PUBLISHER && { publisherName: env.LOCAL_REVIEW_WIN_PUBLISHER }),
  };
  return Object.keys(options).length > 0 ? { signtoolOptions: { signingHashAlgorithms: ['sha256'], ...options } } : {};
}

/**
 * The whole configuration for an environment (the tests pass their own).
 * @param {NodeJS.ProcessEnv} env
 * @returns {import('electron-builder').Configuration}
 */
function buildConfig(env) {
  return {
    appId: APP_ID,
    productName: 'Local Review',
    copyright: 'Copyright © Local Review contributors',
    directories: { output: 'release', buildResources: 'build' },
    files: FILES,
    asar: true,
    // The shell has no native modules; never compile anything at package time.
    npmRebuild: false,
    // Installed and updated by IT (Intune, SCCM, MDM): no update feed, no update files.
    publish: null,
    detectUpdateChannel: false,
    electronFuses: FUSES,
    // en-GB Hunspell dictionaries (from Electron's hunspell_dictionaries.zip, see
    // docs/guide/it.md) sit beside the app; the shell points the spellchecker at them.
    extraResources: [{ from: 'build/dictionaries', to: 'dictionaries', filter: ['en-GB-*.bdic', 'LICENSE*'] }],
    win: {
      target: [{ target: 'msi', arch: ['x64'] }, { target: 'nsis', arch: ['x64'] }],
      icon: 'build/icons/256x256.png',
      ...windowsSigning(env),
    },
    msi: {
      perMachine: true,
      upgradeCode: MSI_UPGRADE_CODE,
      oneClick: true,
      runAfterFinish: false,
      createDesktopShortcut: false,
      createStartMenuShortcut: true,
      warningsAsErrors: true,
    },
    nsis: {
      perMachine: true,
      oneClick: false,
      allowElevation: true,
      allowToChangeInstallationDirectory: true,
      runAfterFinish: false,
      deleteAppDataOnUninstall: false,
    },
    mac: {
      target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
      icon: 'build/icons/1024x1024.png',
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
      gatekeeperAssess: false,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
      // Signing identity: CSC_LINK / CSC_KEY_PASSWORD or CSC_NAME; notarised only when
      // Apple's credentials are in the environment (APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID).
      notarize: Boolean(env.APPLE_TEAM_ID),
    },
    dmg: { writeUpdateInfo: false },
    linux: {
      target: [{ target: 'AppImage', arch: ['x64'] }, { target: 'deb', arch: ['x64'] }],
      icon: 'build/icons',
      category: 'Office',
      executableName: 'local-review',
      maintainer: env.LOCAL_REVIEW_MAINTAINER || 'Local Review maintainers',
      synopsis: 'Offline workbench for Local Reviews of serious youth violence and exploitation',
    },
  };
}

module.exports = () => buildConfig(process.env);
module.exports.buildConfig = buildConfig;
module.exports.FUSES = FUSES;
module.exports.MSI_UPGRADE_CODE = MSI_UPGRADE_CODE;
