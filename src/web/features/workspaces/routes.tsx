// The workspace and chat pages: /workspaces, /workspaces/$id, channels, direct messages.
export const workspaceRoutes = [] as const;
