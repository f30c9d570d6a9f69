/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A password change: the current password proves it is the owner. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password: 10–256 characters, different from the current one. */
  newPassword: string;
};

/** What a person may do in the community, from least to most trusted. */
export type Role =
  /** Everything, including settings and roles. */
  | 'ADMIN'
  /** Runs the community: everything a moderator does, plus events, members and guidelines. */
  | 'COMMUNITY_MANAGER'
  /** Takes part: posts, replies, reacts. */
  | 'MEMBER'
  /** Keeps the community healthy: works the moderation queue. */
  | 'MODERATOR';

/** Credentials for signing in. */
export type SignInInput = {
  /** Email address or handle. */
  login: string;
  /** The account's password. */
  password: string;
};

/** What a new member provides to create an account. */
export type SignUpInput = {
  /** Display name: 1–50 characters. */
  displayName: string;
  /** Email address; unique, compared case-insensitively; at most 254 characters. */
  email: string;
  /** Handle: 3–20 characters of a–z, 0–9 and _; unique. */
  handle: string;
  /** Password: 10–256 characters. */
  password: string;
};

export type StaffOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffOverviewQuery = { staffOverview: { memberCount: number, categoryCount: number } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, handle: string, displayName: string, role: Role, email: string | null, createdAt: string } | null };

export type SessionUserFragment = { id: string, handle: string, displayName: string, role: Role, email: string | null, createdAt: string };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string, handle: string, displayName: string, role: Role, email: string | null, createdAt: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string, handle: string, displayName: string, role: Role, email: string | null, createdAt: string } } };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ id: string, slug: string, name: string, description: string, color: string, position: number, parentId: string | null }> };

export type CommunityQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunityQuery = { community: { name: string, description: string, brandName: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  id
  handle
  displayName
  role
  email
  createdAt
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const StaffOverviewDocument = new TypedDocumentString(`
    query StaffOverview {
  staffOverview {
    memberCount
    categoryCount
  }
}
    `) as unknown as TypedDocumentString<StaffOverviewQuery, StaffOverviewQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  handle
  displayName
  role
  email
  createdAt
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  handle
  displayName
  role
  email
  createdAt
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  handle
  displayName
  role
  email
  createdAt
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const CategoriesDocument = new TypedDocumentString(`
    query Categories {
  categories {
    id
    slug
    name
    description
    color
    position
    parentId
  }
}
    `) as unknown as TypedDocumentString<CategoriesQuery, CategoriesQueryVariables>;
export const CommunityDocument = new TypedDocumentString(`
    query Community {
  community {
    name
    description
    brandName
  }
}
    `) as unknown as TypedDocumentString<CommunityQuery, CommunityQueryVariables>;