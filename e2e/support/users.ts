export const demoPassword = "claimdesk-demo";

export const demoUsers = {
  admin: "admin@example.com",
  alice: "alice@example.com",
  bob: "bob@example.com",
  rita: "rita@example.com",
} as const;

export type DemoUser = keyof typeof demoUsers;
