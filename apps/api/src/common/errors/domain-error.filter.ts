import { Catch, type ArgumentsHost } from '@nestjs/common';
import { type GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@app/domain';
import { toGraphQLError } from './graphql-errors.js';

/** Domain errors thrown in guards and resolvers become GraphQL errors with their mapped code. */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') throw error;
    return toGraphQLError(error);
  }
}
