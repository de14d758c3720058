import i18next from 'i18next';
import { NOTIFICATION_TEXT } from '@liaise/shared-domain';
import { en } from '../locales/en.js';
import { notificationText, type Translate } from './notification-text.js';

let t: Translate;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', ns: ['notifications'], defaultNS: 'notifications', resources: { en: { notifications: en } }, interpolation: { escapeValue: false } });
  t = i18n.getFixedT('en', 'notifications');
});

const about = {
  operationId: '0e7a71c3-5d2e-4f10-9b6c-000000000003',
  operationType: 'WARRANT',
  generalArea: 'Port Allen PA1',
  forceName: 'Northshire Police',
  partnerName: 'Harbour Lights Project',
};

describe('a notification in words', () => {
  it('names the force’s own reference and the partner to the force', () => {
    expect(notificationText({ event: 'INVITATION_ACCEPTED', text: NOTIFICATION_TEXT.INVITATION_ACCEPTED, about: { ...about, operationReference: 'NS-OP-2026-135' } }, t)).toBe(
      'Harbour Lights Project accepted the invitation to NS-OP-2026-135.',
    );
  });

  it('names what a partner may see of the operation, and the force', () => {
    expect(notificationText({ event: 'INVITATION_RECEIVED', text: NOTIFICATION_TEXT.INVITATION_RECEIVED, about: { ...about, operationReference: null } }, t)).toBe(
      'Northshire Police has invited your organisation to attend a warrant in Port Allen PA1. It needs an answer.',
    );
    expect(notificationText({ event: 'OPERATION_CANCELLED', text: NOTIFICATION_TEXT.OPERATION_CANCELLED, about: { ...about, operationReference: null } }, t)).toBe(
      'Northshire Police cancelled the warrant in Port Allen PA1, which your organisation was invited to.',
    );
  });

  it('keeps the fixed text when the reader may no longer see what it was about', () => {
    expect(notificationText({ event: 'INVITATION_DECLINED', text: NOTIFICATION_TEXT.INVITATION_DECLINED, about: null }, t)).toBe(NOTIFICATION_TEXT.INVITATION_DECLINED);
  });
});
