import { importDataKey, newDataKey, type DataKey } from './dataKey';
import type { Argon2idParams } from './kdfParams';
import { additionalData, open, seal, type Bytes } from './sealed';

// The key ring is what is stored about the data key: only ever wrapped copies of it. Without a passcode there is one
// copy, wrapped by a non-extractable device key; with a passcode, one wrapped by the passcode's Argon2id key and one
// by the recovery code's key, and no device copy (else the device alone would open it). Setting, changing or removing
// the passcode re-wraps the same data key: nothing else is ever re-encrypted. This module is the device key's part,
// on the way to the first screen without a passcode; the passcode's and recovery code's are in passcodeRing.ts.

export interface DeviceWrap {
  method: 'device';
  sealed: Bytes;
}
export interface PasscodeWrap {
  method: 'passcode';
  kdf: Argon2idParams;
  sealed: Bytes;
}
export interface RecoveryWrap {
  method: 'recovery';
  salt: Bytes;
  sealed: Bytes;
}
export type KeyWrap = DeviceWrap | PasscodeWrap | RecoveryWrap;

export interface KeyRing {
  wraps: KeyWrap[];
}

/** Thrown when the ring has no copy for the method asked (no passcode set, say). */
export class NoSuchWrapError extends Error {
  override name = 'NoSuchWrapError';
}

export function wrapContext(method: KeyWrap['method']): Bytes {
  return additionalData('key', method);
}

export async function unwrap(wrap: KeyWrap, wrappingKey: CryptoKey): Promise<DataKey> {
  return importDataKey(await open(wrappingKey, wrapContext(wrap.method), wrap.sealed, `data key (${wrap.method})`));
}

export function findWrap<M extends KeyWrap['method']>(ring: KeyRing, method: M): Extract<KeyWrap, { method: M }> {
  const wrap = ring.wraps.find((candidate) => candidate.method === method);
  if (!wrap) throw new NoSuchWrapError(`The key ring holds no ${method} copy of the data key`);
  return wrap as Extract<KeyWrap, { method: M }>;
}

/** A new non-extractable device key: it can wrap and unwrap, but its bytes can never be read back by script. */
export function newDeviceKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function deviceWrap(dataKey: DataKey, deviceKey: CryptoKey): Promise<DeviceWrap> {
  return { method: 'device', sealed: await seal(deviceKey, wrapContext('device'), dataKey.bytes) };
}

/** First start: a new data key, wrapped by the device key. */
export async function createKeyRing(deviceKey: CryptoKey): Promise<{ dataKey: DataKey; ring: KeyRing }> {
  const dataKey = await newDataKey();
  return { dataKey, ring: { wraps: [await deviceWrap(dataKey, deviceKey)] } };
}

export function hasPasscode(ring: KeyRing): boolean {
  return ring.wraps.some((wrap) => wrap.method === 'passcode');
}

export async function unlockWithDeviceKey(ring: KeyRing, deviceKey: CryptoKey): Promise<DataKey> {
  return unwrap(findWrap(ring, 'device'), deviceKey);
}
