// Messages of everything that is not on the first screen, and the first screen's in both languages. Import this module
// for its effect from every module that is loaded later and shows text: lazy screens, the report, the evidence bundle.
import report from './messages/report';
import editor from './messages/editor';
import overview from './messages/overview';
import exportReport from './messages/export';
import caseFile from './messages/case';
import help from './messages/help';
import settings from './messages/settings';
import incident from './messages/incident';
import trash from './messages/trash';
import pwaSettings from './messages/pwaSettings';
import integrity from './messages/integrity';
import evidence from './messages/evidence';
import forms from './messages/forms';
import lock from './messages/lock';
import pwa from './messages/pwa';
import capture from './messages/capture';
import alarm from './messages/alarm';
import backup from './messages/backup';
import welcome from './messages/welcome';
import './bothLanguages';
import { addAreas } from './catalogue';

export const laterAreas = [report, editor, overview, exportReport, caseFile, help, settings, incident, trash, pwaSettings, integrity, evidence, forms, lock, pwa, capture, alarm, backup, welcome];

addAreas(laterAreas);
