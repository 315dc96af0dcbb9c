// The tables of Competence centre offers (issue 16).
export {};
