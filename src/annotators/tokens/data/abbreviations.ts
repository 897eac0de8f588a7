// Abbreviations that keep their final period, grouped by how they behave at a sentence end.
// Written for English news copy (AP/Reuters style). Matching is case-sensitive as written here,
// so "Wash." (the state) is an abbreviation but "wash." (the verb) is not.

/** Titles and name parts: always followed by a name, so never the end of a sentence. */
export const TITLE_ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Rev', 'Hon', 'Pres', 'Gov', 'Govs', 'Sen', 'Sens',
  'Rep', 'Reps', 'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Brig', 'Supt',
  'Det', 'Insp', 'Amb', 'Atty', 'Sec', 'Fr', 'St', 'Ste', 'Mt', 'Ft', 'Msgr', 'Mme', 'Mlle',
  'No', 'Nos', 'Vol', 'vs', 'v', 'e.g', 'i.e', 'cf', 'viz', 'approx', 'ca', 'Fig', 'fig', 'Art', 'pp', 'p',
];

/** Month abbreviations: usually followed by a day number, which never starts a sentence here. */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Abbreviations that close a phrase and usually end the sentence when a capitalised word follows. */
export const FINAL_ABBREVIATIONS = ['etc', 'Jr', 'Sr'];

/** Abbreviations that can end a sentence ("... of Acme Inc. The company said"). */
export const GENERAL_ABBREVIATIONS = [
  'Inc', 'Corp', 'Ltd', 'Co', 'Cos', 'Bros', 'Plc', 'LLC', 'Assn', 'Dept', 'Univ', 'Govt', 'Ave', 'Blvd', 'Rd',
  'Hwy', 'Sq', 'etc', 'al', 'Ph.D', 'a.m', 'p.m', 'A.M', 'P.M',
  // US states in AP dateline style
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La',
  'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va',
  'Vt', 'Wash', 'Wis', 'Wyo', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'R.I', 'S.C', 'S.D', 'W.Va', 'D.C',
];

/**
 * Capitalised words that usually begin a sentence (closed-class words and discourse adverbs).
 * After an abbreviation that can end a sentence ("U.S.", "Inc."), a following capitalised word
 * starts a new sentence only if it is one of these: proper nouns continue the sentence.
 */
export const SENTENCE_STARTERS = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She', 'They', 'We',
  'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'But', 'And', 'Or', 'So', 'Yet', 'If', 'When', 'While',
  'After', 'Before', 'As', 'At', 'In', 'On', 'Of', 'For', 'From', 'By', 'With', 'Without', 'Since', 'Although',
  'Though', 'However', 'Meanwhile', 'Moreover', 'Still', 'Also', 'Now', 'Then', 'Later', 'Earlier', 'Today',
  'Yesterday', 'Tomorrow', 'Last', 'Next', 'Some', 'Many', 'Most', 'All', 'No', 'None', 'Both', 'Each', 'Every',
  'Other', 'Such', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'One', 'Two', 'Three', 'Officials', 'Police',
  'According', 'Asked', 'Speaking', 'Under', 'Despite', 'During', 'Until', 'Over', 'About', 'Among', 'Not',
  'Instead', 'Nearly', 'More', 'Several', 'Separately', 'Analysts', 'Critics', 'Residents', 'Witnesses',
];
