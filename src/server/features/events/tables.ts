// The tables of Events (issue 16).
export {};
