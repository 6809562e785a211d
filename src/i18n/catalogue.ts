// Every user-visible string lives in one catalogue, split by area so that features can grow apart.
// Add an area: create messages/<area>.ts with defineMessages() and list it here.
import common from './messages/common';
import report from './messages/report';
import overview from './messages/overview';
import exportReport from './messages/export';
import caseFile from './messages/case';
import help from './messages/help';
import settings from './messages/settings';
import editor from './messages/editor';
import timeline from './messages/timeline';
import incident from './messages/incident';
import trash from './messages/trash';
import pwa from './messages/pwa';
import type { Language } from './define';

const areas = [common, report, caseFile, help, settings, editor, timeline, incident, trash, overview, exportReport, pwa];

type Union<T> = T extends { en: infer E } ? E : never;
type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
export type Messages = UnionToIntersection<Union<(typeof areas)[number]>>;
export type MessageKey = keyof Messages & string;

function merge(language: Language): Record<MessageKey, string> {
  return Object.assign({}, ...areas.map((area) => area[language]));
}

export const catalogue: Record<Language, Record<MessageKey, string>> = { da: merge('da'), en: merge('en') };
