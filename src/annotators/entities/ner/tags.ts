// Label space of the named-entity model: BILOU over four CoNLL types (17 labels), plus conversions
// from and to the IOB2 tags the public API speaks.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** 0 = O; then for type t (index in ENTITY_TYPES): B = 1+4t, I = 2+4t, L = 3+4t, U = 4+4t. */
export const NUM_LABELS = 17;
export const O = 0;
export const B = 0;
export const I = 1;
export const L = 2;
export const U = 3;

export function label(type: number, part: number): number {
  return 1 + 4 * type + part;
}
export function labelType(lab: number): number {
  return lab === 0 ? -1 : (lab - 1) >> 2;
}
export function labelPart(lab: number): number {
  return lab === 0 ? -1 : (lab - 1) & 3;
}

/** allowed[prev * NUM_LABELS + cur]: BILOU well-formedness. */
export const ALLOWED = new Uint8Array(NUM_LABELS * NUM_LABELS);
/** labels that may start / end a sentence */
export const CAN_START = new Uint8Array(NUM_LABELS);
export const CAN_END = new Uint8Array(NUM_LABELS);
for (let p = 0; p < NUM_LABELS; p++) {
  const pt = labelType(p);
  const pp = labelPart(p);
  const open = pp === B || pp === I; // an entity is open after p
  for (let c = 0; c < NUM_LABELS; c++) {
    const ct = labelType(c);
    const cp = labelPart(c);
    const cont = cp === I || cp === L; // c continues an entity
    ALLOWED[p * NUM_LABELS + c] = open ? (cont && ct === pt ? 1 : 0) : cont ? 0 : 1;
  }
  CAN_START[p] = pp === I || pp === L ? 0 : 1;
  CAN_END[p] = open ? 0 : 1;
}

const TYPE_INDEX = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));

/** IOB2 (or IOB1) tags -> BILOU labels. Unknown types are dropped to O. */
export function iobToBilou(tags: readonly string[], out: Uint8Array = new Uint8Array(tags.length)): Uint8Array {
  const n = tags.length;
  const types = new Int8Array(n).fill(-1);
  const begins = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const tag = tags[i];
    if (tag === 'O' || tag.length < 3) continue;
    const t = TYPE_INDEX.get(tag.slice(2));
    if (t === undefined) continue;
    types[i] = t;
    begins[i] = tag[0] === 'B' || i === 0 || types[i - 1] !== t ? 1 : 0;
  }
  for (let i = 0; i < n; i++) {
    const t = types[i];
    if (t < 0) {
      out[i] = O;
      continue;
    }
    const endsHere = i + 1 >= n || types[i + 1] !== t || begins[i + 1] === 1;
    if (begins[i]) out[i] = label(t, endsHere ? U : B);
    else out[i] = label(t, endsHere ? L : I);
  }
  return out;
}

/** The IOB2 tags of each type, made once (not a new string per token). */
const B_TAGS = ENTITY_TYPES.map((t) => `B-${t}`);
const I_TAGS = ENTITY_TYPES.map((t) => `I-${t}`);

/** BILOU labels -> IOB2 tags. Tolerates ill-formed sequences (I/L without B start a new entity). */
export function bilouToIob(labels: ArrayLike<number>, n = labels.length): string[] {
  const out: string[] = new Array(n);
  let prevType = -1;
  let open = false;
  for (let i = 0; i < n; i++) {
    const lab = labels[i];
    if (lab === O) {
      out[i] = 'O';
      prevType = -1;
      open = false;
      continue;
    }
    const t = labelType(lab);
    const p = labelPart(lab);
    const continues = (p === I || p === L) && open && prevType === t;
    out[i] = continues ? I_TAGS[t] : B_TAGS[t];
    prevType = t;
    open = p === B || p === I;
  }
  return out;
}
