import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public, TransactionHost, type GraphqlContext } from '@liaise/api-core';
import { RequestPasswordResetArgs, ResetPasswordInput } from './password-reset.inputs.js';
import { PasswordResetService } from './password-reset.service.js';

@Resolver()
export class PasswordResetResolver {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly tx: TransactionHost,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'E-mails a one-time link to reset the password, if the address has an account. Always answers true.',
  })
  async requestPasswordReset(@Args() { email }: RequestPasswordResetArgs, @Context() { req }: GraphqlContext): Promise<boolean> {
    await this.resets.request(this.tx.manager, email, req.ip);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password from a reset link; every session of the account ends.' })
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() { req }: GraphqlContext): Promise<boolean> {
    await this.resets.reset(this.tx.manager, input.token, input.password, req.ip);
    return true;
  }
}
