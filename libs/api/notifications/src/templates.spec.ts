import { checkParams, renderMail, TEMPLATE_NAMES, TEMPLATES, type TemplateName, type TemplateParams } from './templates.js';

const PUBLIC_URL = 'https://liaise.example';
const MARK = 'MARKER';

/** Params with every link and name replaced by a recognisable marker. */
function markedParams(template: TemplateName, variant: string): TemplateParams<TemplateName> {
  const params: Record<string, string> = {};
  for (const [key, kind] of Object.entries(TEMPLATES[template].params)) {
    params[key] = kind === 'link' ? `${PUBLIC_URL}/${MARK}-${key}-${variant}` : `${MARK} ${key} ${variant}`;
  }
  return params as TemplateParams<TemplateName>;
}

describe('e-mail templates', () => {
  it.each(TEMPLATE_NAMES)('%s takes only links and names', (template) => {
    expect(Object.values(TEMPLATES[template].params).every((kind) => kind === 'link' || kind === 'name')).toBe(true);
  });

  it.each(TEMPLATE_NAMES)('%s says nothing but its fixed text, the link and the names', (template) => {
    const params = markedParams(template, 'a');
    const otherParams = markedParams(template, 'b');
    const withoutParams = (text: string, values: TemplateParams<TemplateName>) =>
      Object.values(values).reduce((rest, value) => rest.replaceAll(value, '<param>'), text);
    const mail = renderMail(template, params);
    const other = renderMail(template, otherParams);
    // With the params taken out, what is left is the same whatever they were: the mail carries nothing else
    // that varies.
    expect(withoutParams(mail.text, params)).toBe(withoutParams(other.text, otherParams));
    expect(withoutParams(mail.html, params)).toBe(withoutParams(other.html, otherParams));
    expect(mail.subject).toBe(other.subject);
    expect(withoutParams(mail.text, params)).not.toContain(MARK);
    expect(withoutParams(mail.html, params)).not.toContain(MARK);
    for (const value of Object.values(params)) expect(mail.text).toContain(value);
    // No link but the params'.
    expect(withoutParams(mail.text, params).match(/https?:\/\//g)).toBeNull();
  });

  it('writes plain text and HTML that say the same, with the link clickable', () => {
    const link = `${PUBLIC_URL}/join/abcDEF123_-`;
    const mail = renderMail('invitation', { link });
    expect(mail.subject).toBe('You have been invited to Liaise');
    expect(mail.text).toContain(`\n\n${link}\n\n`);
    expect(mail.html).toContain(`<a href="${link}">${link}</a>`);
    expect(mail.text).toContain('72 hours');
    expect(mail.text).toContain('never contain details of operations');
  });
});

describe('what the outbox accepts', () => {
  const ok = { link: `${PUBLIC_URL}/reset-password/abc_DEF-123` };

  it('takes a template with exactly its params, linking into the portal', () => {
    expect(() => checkParams('password-reset', ok, PUBLIC_URL)).not.toThrow();
  });

  it.each([
    ['an unknown template', 'operation-details', ok, 'no e-mail template is called "operation-details"'],
    ['another param', 'invitation', { ...ok, address: '12 High Street' }, 'the invitation e-mail takes exactly link (given address, link)'],
    ['a missing param', 'invitation', {}, 'the invitation e-mail takes exactly link (given nothing)'],
    ['a link elsewhere', 'invitation', { link: 'https://evil.example/join/abc' }, 'invitation.link must be a link into the portal at https://liaise.example'],
    ['a query string', 'invitation', { link: `${PUBLIC_URL}/join/abc?address=12+High+Street` }, 'invitation.link must be a link into the portal at https://liaise.example'],
    ['a host that merely starts the same', 'invitation', { link: 'https://liaise.example.evil.example/join/abc' }, 'invitation.link must be a link into the portal at https://liaise.example'],
    ['text instead of a link', 'invitation', { link: 42 }, 'invitation.link must be text'],
  ])('refuses %s', (_case, template, params, message) => {
    expect(() => checkParams(template, params as Record<string, unknown>, PUBLIC_URL)).toThrow(message);
  });
});
