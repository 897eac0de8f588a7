// Public types of the world knowledge base (src/kb). Data modules in data/ import these so the
// compiler checks every hand-written record.

export type KbType = 'ORG' | 'NORP' | 'GPE' | 'PERSON' | 'LOC';

export type KbKind =
  | 'igo'
  | 'armed_group'
  | 'party'
  | 'gov_body'
  | 'legislature'
  | 'court'
  | 'military'
  | 'media'
  | 'company'
  | 'ngo'
  | 'religious_group'
  | 'ethnic_group'
  | 'political_group';

export const KB_TYPES: readonly KbType[] = ['ORG', 'NORP', 'GPE', 'PERSON', 'LOC'];
export const KB_KINDS: readonly KbKind[] = [
  'igo', 'armed_group', 'party', 'gov_body', 'legislature', 'court', 'military', 'media', 'company', 'ngo',
  'religious_group', 'ethnic_group', 'political_group',
];

export interface KbCountry {
  iso2: string;
  iso3: string;
  /** CAMEO country code: the ISO alpha-3 except ROM (Romania), TMP (East Timor), KSV (Kosovo). */
  cameo: string;
  name: string;
  aliases: string[];
  capital?: string;
  demonyms: string[];
  /** Seat-of-government metonyms: the capital (or seat city) and buildings ("the Kremlin"). */
  seats: string[];
  /** Continent code from countries-list: AF AN AS EU NA OC SA. */
  continent?: string;
}

export interface KbEntry {
  id: string;
  name: string;
  aliases: string[];
  type: KbType;
  kind?: KbKind;
  /** ISO alpha-3 of the country the entity belongs to or is based in. */
  country?: string;
  /** Full CAMEO actor code ("IGOUNOKID", "LBNREBHEZ", "KUR"). */
  cameo?: string;
  note?: string;
}

/** A built-in record as written in data/: id and type may be left to defaults. */
export interface KbEntrySpec {
  id: string;
  name: string;
  aliases?: string[];
  type?: KbType;
  kind?: KbKind;
  country?: string;
  cameo?: string;
  note?: string;
}

export interface RoleInfo {
  /** Singular lemma ("minister", "prime minister", "security forces"). */
  lemma: string;
  /** Primary CAMEO role code (GOV, MIL, COP, REB, OPP, JUD, LEG, MED, BUS, CVL, REF, EDU, HLH, NGO, LAB, REL, PTY, ...). */
  role: string;
  /** True when the word denotes one person ("minister", "soldier"), false for a body or group ("army", "police"). */
  person: boolean;
  /** Optional specialty appended after the role (defence minister: GOV + MIL -> GOVMIL). */
  secondary?: string;
  /** The code Phoenix/PETRARCH dictionaries use when newsgraph chose differently (militant: REB here, UAF there). */
  alt?: string;
}

/** A role word as written in data/roles.ts. */
export interface RoleSpec {
  lemma: string;
  role: string;
  person: boolean;
  /** Other surface forms (irregular plurals, variants). Regular plurals are generated. */
  forms?: string[];
  /** Set for nouns that have no plural in this sense ("police", "military", "staff"). */
  noPlural?: boolean;
  secondary?: string;
  alt?: string;
}
