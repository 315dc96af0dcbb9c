// The tables of Joint procurement (issue 16).
export {};
