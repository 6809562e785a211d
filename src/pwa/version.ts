/** The running build's version, as shown in Settings ('dev' where no build defined it). */
export const appVersion: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
