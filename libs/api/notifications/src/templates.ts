import { INVITATION_VALID_HOURS, PASSWORD_RESET_VALID_MINUTES, SERVICE_NAME } from '@liaise/shared-domain';

/**
 * What a template may be given. E-mail leaves Liaise's control, so it carries only a link back into the
 * portal and, at most, names: never operational detail (DOMAIN.md, "Minimal e-mail").
 */
export type ParamKind = 'link' | 'name';

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

interface TemplateDefinition<P extends string> {
  readonly params: Readonly<Record<P, ParamKind>>;
  readonly subject: string;
  /** The body, paragraph by paragraph; a `{ link }` paragraph is the link on a line of its own. */
  readonly paragraphs: (params: Readonly<Record<P, string>>) => readonly Paragraph[];
}

type Paragraph = string | { readonly link: string };

const FOOTER = `This e-mail was sent by ${SERVICE_NAME}. E-mails from ${SERVICE_NAME} never contain details of operations or of the people you support: sign in to see them.`;

function define<P extends string>(definition: TemplateDefinition<P>): TemplateDefinition<P> {
  return definition;
}

export const TEMPLATES = {
  invitation: define({
    params: { link: 'link' },
    subject: `You have been invited to ${SERVICE_NAME}`,
    paragraphs: ({ link }) => [
      `You have been invited to join your organisation on ${SERVICE_NAME}.`,
      'Follow this link to choose a password and sign in:',
      { link },
      `The link works once, for ${INVITATION_VALID_HOURS} hours from when it was sent.`,
      'If you were not expecting this e-mail, you can ignore it.',
    ],
  }),
  'password-reset': define({
    params: { link: 'link' },
    subject: `Reset your ${SERVICE_NAME} password`,
    paragraphs: ({ link }) => [
      `Someone asked to reset the password of your ${SERVICE_NAME} account.`,
      'Follow this link to choose a new password:',
      { link },
      `The link works once, for ${PASSWORD_RESET_VALID_MINUTES} minutes from when it was sent.`,
      'If you did not ask for this, you can ignore this e-mail: your password has not changed.',
    ],
  }),
  // Something happened that a person should look at (an invitation, an answer, a cancellation…). What it
  // was stays in the portal: the e-mail says only that something needs attention, and links there.
  attention: define({
    params: { link: 'link' },
    subject: `Something in ${SERVICE_NAME} needs your attention`,
    paragraphs: ({ link }) => [
      `Something in ${SERVICE_NAME} needs your attention.`,
      'Follow this link and sign in to see it:',
      { link },
      `You can choose which of these e-mails you get on your notifications page in ${SERVICE_NAME}.`,
    ],
  }),
} as const;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateParams<T extends TemplateName> = Readonly<Record<keyof (typeof TEMPLATES)[T]['params'], string>>;

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

/** A message the outbox refuses to hold; nothing was written. */
export class OutboxParamsError extends Error {
  override name = 'OutboxParamsError';
}

const MAX_NAME_LENGTH = 120;
/** A path into the portal: letters, digits, `/`, `-` and `_` only, so no query string can smuggle data out. */
const LINK_PATH = /^\/[A-Za-z0-9/_-]{1,300}$/;

/**
 * Checks that `params` are exactly what the template declares: links into the portal at `publicUrl` and
 * short single-line names. Anything else (another key, a link elsewhere, a paragraph of text) is refused.
 */
export function checkParams(template: string, params: Readonly<Record<string, unknown>>, publicUrl: string): void {
  if (!isTemplateName(template)) throw new OutboxParamsError(`no e-mail template is called ${JSON.stringify(template)}`);
  const declared: Readonly<Record<string, ParamKind>> = TEMPLATES[template].params;
  const given = Object.keys(params).sort();
  const expected = Object.keys(declared).sort();
  if (given.join() !== expected.join()) {
    throw new OutboxParamsError(`the ${template} e-mail takes exactly ${expected.join(', ')} (given ${given.join(', ') || 'nothing'})`);
  }
  for (const [key, kind] of Object.entries(declared)) {
    const value = params[key];
    if (typeof value !== 'string') throw new OutboxParamsError(`${template}.${key} must be text`);
    if (kind === 'link') {
      const path = value.startsWith(`${publicUrl}/`) ? value.slice(publicUrl.length) : undefined;
      if (path === undefined || !LINK_PATH.test(path)) throw new OutboxParamsError(`${template}.${key} must be a link into the portal at ${publicUrl}`);
    } else if (value.trim() === '' || value.length > MAX_NAME_LENGTH || /[\p{Cc}<>]|:\/\//u.test(value)) {
      throw new OutboxParamsError(`${template}.${key} must be a name of 1 to ${MAX_NAME_LENGTH} characters on one line`);
    }
  }
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

/** The e-mail a template makes of its params: plain text, and simple HTML saying the same. */
export function renderMail<T extends TemplateName>(template: T, params: TemplateParams<T>): RenderedMail {
  const definition = TEMPLATES[template] as TemplateDefinition<string>;
  const paragraphs = [...definition.paragraphs(params), FOOTER];
  const text = `${paragraphs.map((p) => (typeof p === 'string' ? p : p.link)).join('\n\n')}\n`;
  const body = paragraphs
    .map((p) =>
      typeof p === 'string' ? `<p>${escapeHtml(p)}</p>` : `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.link)}</a></p>`,
    )
    .join('\n');
  const html = [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><title>${escapeHtml(definition.subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c">',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { subject: definition.subject, text, html };
}
