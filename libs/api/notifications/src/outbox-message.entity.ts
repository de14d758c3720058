import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An e-mail waiting to be sent, written in the same transaction as the change it is about (so a change
 * that rolls back sends nothing) and delivered by the worker. `params` holds only links and names; once the
 * message is sent or given up on they are wiped, so no one-time link outlives its e-mail in the database.
 */
@Entity()
@Index('IDX_outbox_message_due', ['availableAt'], { where: 'sent_at IS NULL AND failed_at IS NULL' })
export class OutboxMessage {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  organisationId!: string;

  /** The recipient's e-mail address. */
  @Column('text')
  recipient!: string;

  /** A name in TEMPLATES (templates.ts). */
  @Column('text')
  template!: string;

  @Column('jsonb')
  params!: Record<string, string>;

  @Column('timestamptz')
  createdAt!: Date;

  /** Not sent before this time: when it was written, then later after each failed attempt. */
  @Column('timestamptz')
  availableAt!: Date;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  /** Set when the worker gave up after the last allowed attempt. */
  @Column('timestamptz', { nullable: true })
  failedAt!: Date | null;

  @Column('text', { nullable: true })
  lastError!: string | null;
}
