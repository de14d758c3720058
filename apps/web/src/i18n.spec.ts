import { PEOPLE_NAMESPACE } from '@liaise/web-people';
import { ERRORS_NAMESPACE } from '@liaise/web-ui';
import { APP_NAMESPACE, createI18n } from './i18n.js';

describe('interface text in Welsh', () => {
  const welsh = createI18n('cy');

  it('shows the Welsh words where they are translated', () => {
    expect(welsh.t('skipLink', { ns: APP_NAMESPACE })).toBe("Neidio i'r prif gynnwys");
    expect(welsh.t('summaryTitle', { ns: ERRORS_NAMESPACE })).toBe('Mae problem wedi codi');
  });

  it('shows the English words, not the key, where the Welsh has none yet', () => {
    expect(welsh.t('invite.button', { ns: PEOPLE_NAMESPACE })).toBe(createI18n('en').t('invite.button', { ns: PEOPLE_NAMESPACE }));
    expect(welsh.t('invite.button', { ns: PEOPLE_NAMESPACE })).not.toBe('invite.button');
    expect(welsh.t('EMAIL_HAS_ACCOUNT', { ns: ERRORS_NAMESPACE })).toBe('This e-mail address already has a Liaise account');
  });
});
