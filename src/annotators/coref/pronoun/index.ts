// Third-person pronoun resolution (he/she/his/her/him, and plural/neuter agreement checks).

export type { CandidateEntity, PronounContext, Resolution } from './types.ts';
export { resolvePronoun, resolvePronouns, DEFAULT_WEIGHTS, type Weights, type ResolveOptions, type ChainOptions } from './resolve.ts';
export { nameGender, isFirstName, type Gender } from './names.ts';
export { findNames, findDescriptions, nameWords, nameMatch, topicMatch, type NameMention } from './finder.ts';
export { analyze, roleOf, type Analysis, type RoleInfo, type Role } from './analysis.ts';
