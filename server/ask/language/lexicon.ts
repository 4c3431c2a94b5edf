// Which words are part of the question's frame rather than a name: stop words and every cue word, with a small
// lemmatizer that maps inflections onto them ("competes" → compete, "subsidiaries" → subsidiary, "led" → lead).
import { ALL_CUE_LISTS } from './concepts.ts';
import { isHan, normalizeWord } from './text.ts';

/** The possessive marker, whether typed "'s" or "的". */
export const POSSESSIVE = "'s";

const STOP_WORDS = [
  // question words and auxiliaries
  'who', 'whom', 'whose', 'what', 'which', 'where', 'why', 'how', 'be', 'do', 'have', 'can', 'could', 'would', 'will', 'shall',
  'should', 'may', 'might', 'must', 'let', 'get', 'go',
  // articles, pronouns, prepositions, conjunctions
  'the', 'a', 'an', 'of', 'to', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'into', 'over', 'and', 'or', 'nor', 'but', 'as',
  'so', 'than', 'then', 'if', 'whether', 'me', 'my', 'us', 'our', 'we', 'you', 'your', 'i', 'it', 'its', 'they', 'them', 'their',
  'he', 'him', 'his', 'she', 'her', 'hers', 'this', 'that', 'these', 'those', 'there', 'here', 'not', 'no', 'yes', 'any', 'anyone',
  'anybody', 'anything', 'someone', 'somebody', 'something', 'some', 'all', 'every', 'each', 'other', 'another', 'else', 'also', 'too',
  'both', 'either', 'neither', 'one', 'ones', 'much', 'many', 'more', 'most', 'same', 'such',
  // politeness and filler
  'please', 'kindly', 'thanks', 'thank', 'hey', 'hi', 'hello', 'ok', 'okay', 'well', 'now', 'today', 'currently', 'still', 'ever',
  'really', 'actually', 'exactly', 'just', 'only', 'already', 'yet', 'again', 'even', 'right', 'very', 'quite', 'perhaps', 'maybe',
  'show', 'list', 'give', 'find', 'name', 'say', 'want', 'like', 'see', 'look', 'need', 'wonder', 'curious', 'mean',
  'according', 'graph', 'database', 'article', 'data', 'record', 'mention', 'call', 'known', 'exist', 'main', 'mainly', 'major', 'key',
  'big', 'biggest', 'large', 'largest', 'important', 'directly', 'current', 'present', 'presently', 'new',
  // type words: "which company owns Youku"
  'company', 'firm', 'corporation', 'organisation', 'organization', 'group', 'person', 'people', 'entity', 'thing', 'player',
  'businessman', 'businesswoman', 'executive', 'man', 'woman', 'guy', 'somewhere', 'anywhere',
  // legal and generic company suffixes: "Pinduoduo Inc.", "Kuaishou Technology"
  'inc', 'ltd', 'llc', 'plc', 'co', 'corp', 'limited', 'technology', 'technologies', 'tech',
  // context words: "who competes with Alibaba in e-commerce", "in the video market"
  'e', 'commerce', 'ecommerce', 'online', 'market', 'arena', 'field', 'sector', 'industry', 'space', 'china', 'chinese', 'world',
  // Chinese
  '谁', '什', '么', '哪', '个', '些', '是', '吗', '呢', '有', '和', '与', '跟', '了', '家', '请', '问', '都', '在', '被', '由', '为', '对',
];

const IRREGULAR: Record<string, string> = {
  led: 'lead', ran: 'run', took: 'take', taken: 'take', came: 'come', bought: 'buy', held: 'hold', was: 'be', were: 'be', is: 'be',
  are: 'be', am: 'be', been: 'be', being: 'be', did: 'do', does: 'do', done: 'do', has: 'have', had: 'have', having: 'have',
  fought: 'fight', knew: 'know', known: 'know', went: 'go', gone: 'go', people: 'person', began: 'begin', won: 'win', grew: 'grow',
  grown: 'grow', made: 'make', says: 'say', said: 'say', whos: 'who', whats: 'what', '的': POSSESSIVE,
};

function cueWords(): Set<string> {
  const words = new Set<string>();
  for (const list of ALL_CUE_LISTS) {
    for (const cue of list) for (const word of splitCue(cue)) words.add(word);
  }
  return words;
}

/** A cue's lemmas in order: Latin cues split on spaces, Chinese cues into characters. */
export function splitCue(cue: string): string[] {
  if (isHan(cue)) return [...cue].filter((char) => char.trim());
  return cue.split(/\s+/).map(normalizeWord).filter(Boolean);
}

const STOP_SET = new Set<string>(STOP_WORDS);
const VOCABULARY = new Set<string>([...STOP_WORDS, ...cueWords(), POSSESSIVE]);

/** Words that carry no idea of their own: question words, articles, fillers. */
export function isStopWord(lemma: string): boolean {
  return STOP_SET.has(lemma) || lemma === POSSESSIVE;
}

/** Maps an inflected word onto a vocabulary lemma when one fits; any other word comes back unchanged. */
export function lemmatize(norm: string): string {
  if (VOCABULARY.has(norm)) return norm;
  const irregular = IRREGULAR[norm];
  if (irregular) return irregular;
  for (const candidate of suffixCandidates(norm)) if (VOCABULARY.has(candidate)) return candidate;
  return norm;
}

function suffixCandidates(word: string): string[] {
  const out: string[] = [];
  const strip = (suffix: string, add = '') => {
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) out.push(word.slice(0, -suffix.length) + add);
  };
  strip('ies', 'y');
  strip('es');
  strip('s');
  strip('ied', 'y');
  strip('ed');
  strip('d');
  strip('ing');
  strip('ing', 'e');
  // doubled consonants: "controlled" → control, "stopping" → stop
  for (const suffix of ['ed', 'ing', 'er']) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      if (stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
    }
  }
  strip("'");
  return out;
}

/** True for stop words and cue words: they belong to the frame, never to a name on their own. */
export function isVocabulary(lemma: string): boolean {
  return VOCABULARY.has(lemma);
}

/** Every vocabulary word of five letters or more, for correcting typos in the frame ("compets" → compete). */
export const LONG_VOCABULARY: readonly string[] = [...VOCABULARY].filter((word) => word.length >= 5 && !isHan(word));
