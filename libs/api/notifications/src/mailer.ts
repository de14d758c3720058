import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, Clock, type AppConfig } from '@liaise/api-core';
import { renderMail, type TemplateName, type TemplateParams } from './templates.js';

export interface MailToSend<T extends TemplateName = TemplateName> {
  /** The outbox message's id: the Message-ID is made of it, so a resent message is recognisably the same. */
  readonly id: string;
  readonly to: string;
  readonly template: T;
  readonly params: TemplateParams<T>;
}

/** The domain part of a Message-ID: the public host, so messages are recognisably this portal's. */
function messageIdDomain(publicUrl: string): string {
  return new URL(publicUrl).hostname || 'liaise.invalid';
}

/**
 * Sends rendered e-mail: over SMTP when SMTP_URL is set, otherwise as .eml files under `<dataDir>/mail`
 * (local use: open them with any mail program).
 */
@Injectable()
export class Mailer {
  private readonly log = new Logger('Mailer');
  private readonly smtp;
  private readonly files;
  /** Where .eml files are written; undefined when sending over SMTP. */
  readonly mailDir: string | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {
    const defaults = { from: config.mailFrom };
    if (config.smtpUrl !== undefined) {
      // nodemailer waits minutes by default; a worker should give up on a silent server much sooner and retry.
      this.smtp = createTransport({ url: config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }, defaults);
      this.mailDir = undefined;
    } else {
      this.files = createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, defaults);
      this.mailDir = path.join(config.dataDir, 'mail');
    }
  }

  /** Says once, at the worker's start, where e-mail goes when it is not sent. */
  announce(): void {
    if (this.mailDir !== undefined) this.log.log(`No SMTP_URL: e-mails are written to ${this.mailDir}`);
  }

  async send(mail: MailToSend): Promise<void> {
    const rendered = renderMail(mail.template, mail.params);
    const message = {
      to: mail.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      messageId: `<${mail.id}@${messageIdDomain(this.config.publicUrl)}>`,
      date: this.clock.now(),
    };
    if (this.smtp !== undefined) {
      await this.smtp.sendMail(message);
      return;
    }
    if (this.files === undefined || this.mailDir === undefined) throw new Error('no mail transport');
    const info = await this.files.sendMail(message);
    await mkdir(this.mailDir, { recursive: true, mode: 0o700 });
    const stamp = this.clock.now().toISOString().replaceAll(':', '-');
    // The file holds a one-time link: readable by this user only.
    await writeFile(path.join(this.mailDir, `${stamp}-${mail.id}.eml`), info.message, { mode: 0o600 });
  }

  close(): void {
    this.smtp?.close();
    this.files?.close();
  }
}
