import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Session', { description: 'One of the viewer\'s live sessions: a browser they are logged in on.' })
export class SessionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The browser\'s name ("Chrome"), read from the User-Agent at login; null when unknown.' })
  browser!: string | null;

  @Field(() => String, { nullable: true, description: 'The operating system\'s name ("Android"); null when unknown.' })
  os!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the session started (the login).' })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Last use, exact to within a minute.' })
  lastUsedAt!: Date;

  @Field({ description: 'The session of this request: the device the viewer is using now.' })
  current!: boolean;

  @Field({ description: 'Started through single sign-on.' })
  viaSso!: boolean;
}
