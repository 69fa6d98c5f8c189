import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  authSetPassword,
  usersCreateUser,
  usersGetUser,
  usersIssuePasswordLink,
  usersListUsers,
  usersResetTwoFactor,
  usersUpdateUser,
  type PasswordLinkCreated,
  type SetPasswordResult,
  type UserCreate,
  type UserPublic,
  type UsersListUsersData,
  type UserUpdate,
} from '../client';
import { unwrap } from './result';

export type User = UserPublic;
export type PasswordLink = PasswordLinkCreated;
export type UserListQuery = NonNullable<UsersListUsersData['query']>;

export const userKeys = {
  all: ['users'] as const,
  one: (userId: string) => ['users', 'one', userId] as const,
};

export function usersQuery(query: UserListQuery) {
  return queryOptions({
    queryKey: [...userKeys.all, 'list', query],
    queryFn: () => unwrap(usersListUsers({ query })),
    placeholderData: keepPreviousData,
  });
}

export function userQuery(userId: string) {
  return queryOptions({
    queryKey: userKeys.one(userId),
    queryFn: () => unwrap(usersGetUser({ path: { userId } })),
  });
}

/** A new user without a password: they choose one through a password link. */
export function inviteUser(body: Omit<UserCreate, 'password'>): Promise<User> {
  return unwrap(usersCreateUser({ body }));
}

export function updateUser(userId: string, body: UserUpdate): Promise<User> {
  return unwrap(usersUpdateUser({ path: { userId }, body }));
}

/** An invitation or a reset: the user's current password and logins stop working at once. */
export function issuePasswordLink(userId: string): Promise<PasswordLink> {
  return unwrap(usersIssuePasswordLink({ path: { userId } }));
}

/** A lost phone: the user's second factor is cleared and they are logged out everywhere. */
export function resetTwoFactor(userId: string): Promise<User> {
  return unwrap(usersResetTwoFactor({ path: { userId } }));
}

export function setPassword(token: string, password: string): Promise<SetPasswordResult> {
  return unwrap(authSetPassword({ body: { token, password } }));
}
